"""Hand-written fact sheets and sentences of the dedup test corpus (see build_corpus.py).

Every sentence here was written for this project; the incidents are real-world events retold in
our own words (facts only), plus look-alike pairs (same city, same kind of event, other day).
``{when}`` is filled with a date expression relative to each article's publication date.

Per incident: id, date, PLOVER type, place (name, lat, lon, ISO3 country, precision), source and
target actor codes (for the oracle events), how many articles tell it, lede variants, detail
sentences, a context sentence (not an event mention), an optional round-up line and an optional
background line (a later article's look back at it, with a cue such as "last week's").
"""

from __future__ import annotations

INCIDENTS: list[dict[str, object]] = [
    {
        "id": "kuriga_kidnap", "date": "2024-03-07", "type": "ASSAULT",
        "place": ["Kaduna", 10.52, 7.44, "NGA", "admin1"], "source": None, "target": "NGACVL",
        "n": 6,
        "ledes": [
            "Gunmen abducted more than 280 pupils from a school in Kuriga, in northwest Nigeria's "
            "Kaduna state, {when}.",
            "Armed men on motorcycles kidnapped hundreds of schoolchildren and teachers in the "
            "Kaduna state town of Kuriga {when}, residents said.",
            "Bandits seized at least 287 students from a government school in Kuriga {when}, "
            "Kaduna state officials said.",
            "Attackers stormed a primary and secondary school compound in Kuriga, Kaduna, {when} "
            "and carried off scores of children.",
        ],
        "details": [
            "The gunmen herded the pupils into the forest shortly after morning assembly.",
            "A teacher who escaped said the attackers shot a villager who tried to stop them.",
        ],
        "context": "It was the largest mass abduction from a Nigerian school in several years.",
        "roundup": "In Nigeria, gunmen kidnapped nearly 300 pupils from a school in Kuriga {when}.",
        "background": "Last week's mass kidnapping of pupils in Kuriga has put pressure on the "
                      "Nigerian government.",
    },
    {
        "id": "kharkiv_store", "date": "2024-05-25", "type": "ASSAULT",
        "place": ["Kharkiv", 49.99, 36.23, "UKR", "city"], "source": "RUSMIL", "target": "UKRCVL",
        "n": 7,
        "ledes": [
            "Russian guided bombs struck a crowded hardware store in Kharkiv {when}, killing at "
            "least twelve people.",
            "Russian forces hit a large DIY hypermarket in Ukraine's second city of Kharkiv "
            "{when}.",
            "Two Russian glide bombs slammed into a home improvement centre in Kharkiv {when}, "
            "setting it ablaze.",
            "A Russian air strike destroyed a busy building supplies store in Kharkiv {when}, "
            "Ukrainian officials said.",
            "Russian aircraft bombed a packed Epicentr store on the edge of Kharkiv {when}.",
        ],
        "details": [
            "Firefighters fought the blaze at the store for hours as smoke rose over the city.",
            "Regional governor Oleh Syniehubov said more than forty people were wounded in the "
            "attack on the store.",
        ],
        "context": "Kharkiv lies about thirty kilometres from the Russian border.",
        "roundup": "In Ukraine, Russian bombs hit a hardware store in Kharkiv {when}, killing "
                   "at least twelve shoppers.",
        "background": None,
        "follows": "kharkiv_print",
    },
    {
        "id": "kharkiv_print", "date": "2024-05-23", "type": "ASSAULT",
        "place": ["Kharkiv", 49.99, 36.23, "UKR", "city"], "source": "RUSMIL", "target": "UKRCVL",
        "n": 3,
        "ledes": [
            "Russian missiles struck a printing house in Kharkiv {when}, killing seven workers.",
            "A Russian missile barrage hit the Factor Druk printing plant in Kharkiv {when}.",
            "Russia fired a volley of missiles at Kharkiv {when}, destroying a large printing "
            "works, Ukrainian officials said.",
        ],
        "details": [
            "Rescuers pulled employees from the burning print shop, where about fifty people had "
            "been on shift.",
        ],
        "context": "The plant printed a large share of Ukraine's schoolbooks.",
        "roundup": None,
        "background": "The strike came two days after Russian missiles hit a printing house in "
                      "Kharkiv, killing seven people.",
    },
    {
        "id": "nairobi_march", "date": "2024-06-20", "type": "PROTEST",
        "place": ["Nairobi", -1.29, 36.82, "KEN", "city"], "source": "KENOPP", "target": "KENGOV",
        "n": 5,
        "ledes": [
            "Thousands of young Kenyans marched in Nairobi {when} against proposed tax increases "
            "in the finance bill.",
            "Protesters took to the streets of Nairobi {when} to demonstrate against the "
            "government's finance bill.",
            "Crowds of demonstrators rallied in central Nairobi {when}, chanting against new "
            "taxes on bread and mobile money.",
        ],
        "details": [
            "Many of the marchers had organised the demonstration on social media.",
            "Demonstrators carried placards mocking the finance bill outside the city hall.",
        ],
        "context": "Lawmakers were due to vote on the bill the following week.",
        "roundup": "In Kenya, thousands protested in Nairobi {when} against the finance bill.",
        "background": "Last week's marches against the finance bill in Nairobi drew thousands "
                      "of young protesters.",
    },
    {
        "id": "nairobi_parliament", "date": "2024-06-25", "type": "PROTEST",
        "place": ["Nairobi", -1.29, 36.82, "KEN", "city"], "source": "KENOPP", "target": "KENLEG",
        "n": 6,
        "ledes": [
            "Protesters stormed Kenya's parliament in Nairobi {when} after lawmakers passed the "
            "finance bill.",
            "Demonstrators broke into the parliament complex in Nairobi {when} and set part of "
            "it on fire.",
            "Angry crowds overran police lines and forced their way into parliament in Nairobi "
            "{when}.",
            "Thousands of demonstrators besieged the Kenyan parliament in Nairobi {when} as MPs "
            "approved the tax bill.",
        ],
        "details": [
            "Lawmakers fled through a tunnel as the protesters entered the building.",
            "Smoke rose from a wing of the parliament building as demonstrators pushed inside.",
        ],
        "context": "President William Ruto called the events an attack on democracy.",
        "roundup": "In Kenya, protesters stormed parliament in Nairobi {when}.",
        "background": None,
        "follows": "nairobi_march",
    },
    {
        "id": "mogadishu_beach", "date": "2024-08-02", "type": "ASSAULT",
        "place": ["Mogadishu", 2.04, 45.34, "SOM", "city"], "source": "SOMREB", "target": "SOMCVL",
        "n": 5,
        "ledes": [
            "Al-Shabaab militants attacked a crowded beach in Mogadishu {when}, killing at least "
            "thirty people.",
            "Gunmen and a suicide bomber struck Lido beach in the Somali capital Mogadishu "
            "{when}.",
            "Islamist fighters opened fire on people at a seaside restaurant on Lido beach in "
            "Mogadishu {when}, police said.",
        ],
        "details": [
            "Police said one attacker blew himself up and others were shot dead by security "
            "forces.",
            "Families had gathered at the beach for an evening out when the shooting began.",
        ],
        "context": "Lido beach is one of the busiest leisure spots in the Somali capital.",
        "roundup": "In Somalia, militants attacked Lido beach in Mogadishu {when}.",
        "background": None,
        "follows": "mogadishu_cafe",
    },
    {
        "id": "mogadishu_cafe", "date": "2024-07-14", "type": "ASSAULT",
        "place": ["Mogadishu", 2.04, 45.34, "SOM", "city"], "source": "SOMREB", "target": "SOMCVL",
        "n": 3,
        "ledes": [
            "A car bomb exploded outside a busy cafe in Mogadishu {when}, killing at least five "
            "people who were watching football.",
            "Al-Shabaab claimed a car bombing at a coffee shop in Mogadishu {when}.",
            "Militants detonated a car bomb near a cafe in the Somali capital {when} as fans "
            "watched the European Championship final.",
        ],
        "details": ["The blast shattered windows along the street, police said."],
        "context": "Al-Shabaab has fought the Somali government for more than fifteen years.",
        "roundup": None,
        "background": "The beach attack came weeks after a car bomb killed football fans at a "
                      "cafe in Mogadishu.",
    },
    {
        "id": "dhaka_quota", "date": "2024-07-16", "type": "PROTEST",
        "place": ["Dhaka", 23.81, 90.41, "BGD", "city"], "source": "BGDEDU", "target": "BGDGOV",
        "n": 4,
        "ledes": [
            "Students protested across Dhaka {when} against quotas for government jobs.",
            "University students blocked roads in Dhaka {when}, demanding an end to the civil "
            "service quota system.",
            "Thousands of students demonstrated in the Bangladeshi capital {when} against job "
            "quotas.",
        ],
        "details": ["Students marched from the Dhaka University campus towards the city centre."],
        "context": "Rights groups said at least six people died in clashes across the country.",
        "roundup": "In Bangladesh, students protested in Dhaka {when} against job quotas.",
        "background": None,
    },
    {
        "id": "woodside_summit", "date": "2023-11-15", "type": "CONSULT",
        "place": ["Woodside", 37.43, -122.25, "USA", "city"], "source": "USAGOV",
        "target": "CHNGOV", "n": 6,
        "ledes": [
            "President Joe Biden met Chinese President Xi Jinping at an estate in Woodside, "
            "California, {when}.",
            "Joe Biden and Xi Jinping held four hours of talks near San Francisco {when}.",
            "The American and Chinese presidents met {when} at a country estate south of San "
            "Francisco.",
            "Biden hosted Xi for a summit at Filoli estate in Woodside {when}.",
        ],
        "details": [
            "The two leaders agreed to restore military communications.",
            "Biden and Xi also discussed curbs on fentanyl exports.",
        ],
        "context": "It was their first face-to-face meeting in a year.",
        "roundup": "Biden and Xi met in California {when}.",
        "background": "Last week's meeting between Biden and Xi in California eased tensions "
                      "between the two powers.",
    },
    {
        "id": "pyongyang_pact", "date": "2024-06-19", "type": "AGREE",
        "place": ["Pyongyang", 39.03, 125.75, "PRK", "city"], "source": "RUSGOV",
        "target": "PRKGOV", "n": 5,
        "ledes": [
            "Vladimir Putin and Kim Jong Un signed a mutual defence pact in Pyongyang {when}.",
            "Russia and North Korea agreed {when} to come to each other's aid if attacked, "
            "during Putin's visit to Pyongyang.",
            "Kim Jong Un and Vladimir Putin signed a comprehensive strategic partnership treaty "
            "in Pyongyang {when}.",
        ],
        "details": ["Putin met Kim at the Kumsusan palace for talks."],
        "context": "It was Putin's first visit to North Korea in 24 years.",
        "roundup": "Putin and Kim signed a defence pact in Pyongyang {when}.",
        "background": None,
    },
    {
        "id": "us_sanctions_russia", "date": "2024-02-23", "type": "SANCTION",
        "place": ["Washington", 38.9, -77.04, "USA", "city"], "source": "USAGOV",
        "target": "RUSGOV", "n": 4,
        "ledes": [
            "The United States imposed sanctions on more than 500 Russian targets {when} over "
            "the death of Alexei Navalny and the war in Ukraine.",
            "Washington announced sweeping new sanctions against Russia {when}.",
            "The Biden administration sanctioned hundreds of Russian companies and individuals "
            "{when}.",
        ],
        "details": ["The Treasury also blacklisted firms supplying Russia's military industry."],
        "context": "The measures came on the eve of the second anniversary of the invasion.",
        "roundup": "Washington imposed sanctions on hundreds of Russian targets {when}.",
        "background": None,
    },
    {
        "id": "eu_iran_sanctions", "date": "2024-04-22", "type": "SANCTION",
        "place": ["Luxembourg", 49.61, 6.13, "LUX", "city"], "source": "EUR", "target": "IRNGOV",
        "n": 3,
        "ledes": [
            "European Union foreign ministers agreed {when} to expand sanctions on Iran's drone "
            "and missile makers.",
            "The EU decided {when} to widen its sanctions against Iran after the attack on "
            "Israel.",
            "EU ministers meeting in Luxembourg moved {when} to tighten sanctions on Iranian "
            "drone producers.",
        ],
        "details": ["The measures target companies that supply drones to Russia."],
        "context": "Several member states had pushed for tougher steps.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "damascus_consulate", "date": "2024-04-01", "type": "ASSAULT",
        "place": ["Damascus", 33.51, 36.29, "SYR", "city"], "source": "ISRMIL", "target": "IRNMIL",
        "n": 5,
        "ledes": [
            "An Israeli air strike destroyed Iran's consular building in Damascus {when}, "
            "killing two Iranian generals.",
            "Israeli warplanes struck the Iranian embassy compound in Damascus {when}, Syrian "
            "state media said.",
            "Israel bombed an Iranian diplomatic building in the Syrian capital {when}.",
        ],
        "details": ["Among the dead was Mohammad Reza Zahedi, a senior Quds Force commander."],
        "context": "Iran vowed to retaliate.",
        "roundup": None,
        "background": "Iran said the barrage was a response to this month's strike on its "
                      "consulate in Damascus.",
    },
    {
        "id": "iran_attack_israel", "date": "2024-04-13", "type": "ASSAULT",
        "place": ["Israel", 31.5, 34.75, "ISR", "country"], "source": "IRNMIL",
        "target": "ISRGOV", "n": 6,
        "ledes": [
            "Iran launched hundreds of drones and missiles at Israel {when}.",
            "Iran attacked Israel with more than 300 drones and missiles {when}, Israeli "
            "officials said.",
            "Iranian forces fired a barrage of drones and ballistic missiles toward Israel "
            "{when}.",
            "Tehran struck at Israel directly for the first time {when}, sending waves of "
            "drones.",
        ],
        "details": ["Israel said almost all of the projectiles were intercepted."],
        "context": "Air raid sirens sounded across the country through the night.",
        "roundup": "Iran fired hundreds of drones and missiles at Israel {when}.",
        "background": None,
        "follows": "damascus_consulate",
    },
    {
        "id": "rubymar", "date": "2024-02-18", "type": "ASSAULT",
        "place": ["Gulf of Aden", 12.5, 45.0, None, "region"], "source": "YEMREB",
        "target": "BLZBUS", "n": 3,
        "ledes": [
            "Houthi rebels fired missiles at the cargo ship Rubymar in the Gulf of Aden {when}.",
            "Yemen's Houthis struck the British-owned vessel Rubymar {when}, forcing its crew "
            "to abandon ship.",
            "The Houthi movement attacked a fertiliser carrier off the Yemeni coast {when}.",
        ],
        "details": ["The crew was rescued by a passing vessel."],
        "context": "The ship later sank, leaving an oil slick.",
        "roundup": None,
        "background": "Last month's missile strike on the Rubymar left the ship drifting in the "
                      "Gulf of Aden.",
    },
    {
        "id": "true_confidence", "date": "2024-03-06", "type": "ASSAULT",
        "place": ["Gulf of Aden", 12.5, 45.0, None, "region"], "source": "YEMREB",
        "target": "LBRBUS", "n": 4,
        "ledes": [
            "A Houthi missile hit the bulk carrier True Confidence in the Gulf of Aden {when}, "
            "killing three crew members.",
            "Houthi rebels attacked the merchant ship True Confidence {when}, in the first "
            "deadly strike on shipping.",
            "Yemen's Houthis struck a Barbados-flagged freighter off Aden {when}, leaving three "
            "sailors dead.",
        ],
        "details": ["The surviving crew abandoned the burning ship."],
        "context": "The United States condemned the attack.",
        "roundup": "Houthi missiles killed three sailors aboard the True Confidence {when}.",
        "background": None,
        "follows": "rubymar",
    },
    {
        "id": "tbilisi_march", "date": "2024-05-11", "type": "PROTEST",
        "place": ["Tbilisi", 41.72, 44.79, "GEO", "city"], "source": "GEOOPP", "target": "GEOGOV",
        "n": 4,
        "ledes": [
            "Tens of thousands of Georgians marched in Tbilisi {when} against the foreign "
            "agents bill.",
            "A huge crowd rallied in central Tbilisi {when} to protest a law on foreign "
            "influence.",
            "Protesters filled the streets of the Georgian capital {when} to oppose the foreign "
            "agent law.",
        ],
        "details": ["The marchers waved Georgian and European Union flags."],
        "context": "Critics say the bill copies a Russian law used to silence opponents.",
        "roundup": "In Georgia, tens of thousands marched in Tbilisi {when}.",
        "background": None,
    },
    {
        "id": "tbilisi_crackdown", "date": "2024-04-30", "type": "ASSAULT",
        "place": ["Tbilisi", 41.72, 44.79, "GEO", "city"], "source": "GEOCOP", "target": "GEOOPP",
        "n": 3,
        "ledes": [
            "Georgian riot police fired tear gas and rubber bullets at protesters in Tbilisi "
            "{when}.",
            "Police in Tbilisi beat demonstrators and used water cannon {when} to clear a "
            "protest outside parliament.",
            "Riot police attacked protesters with pepper spray outside the parliament in "
            "Tbilisi {when}.",
        ],
        "details": ["Opposition leaders said dozens of people were injured."],
        "context": "The protests had continued for several weeks.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "gaza_truce", "date": "2023-11-22", "type": "AGREE",
        "place": ["Doha", 25.29, 51.53, "QAT", "city"], "source": "ISRGOV", "target": "PSEREB",
        "n": 4,
        "ledes": [
            "Israel and Hamas agreed {when} to a four-day truce and the release of hostages.",
            "Israel's government approved a deal with Hamas {when} to pause fighting in Gaza "
            "and free 50 hostages.",
            "Hamas and Israel reached a Qatari-brokered agreement {when} on a temporary "
            "ceasefire.",
        ],
        "details": ["Qatar said the deal would also free Palestinian prisoners."],
        "context": "The agreement followed weeks of mediation.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "crocus_attack", "date": "2024-03-22", "type": "ASSAULT",
        "place": ["Krasnogorsk", 55.82, 37.33, "RUS", "city"], "source": None,
        "target": "RUSCVL", "n": 6,
        "ledes": [
            "Gunmen opened fire on concertgoers at Crocus City Hall near Moscow {when}, killing "
            "more than 130 people.",
            "Attackers in combat fatigues shot at crowds in a concert hall in Krasnogorsk "
            "{when} and set the building ablaze.",
            "Armed men stormed a concert venue on the outskirts of Moscow {when}.",
            "Four gunmen attacked the Crocus City Hall in Krasnogorsk {when}, Russian "
            "investigators said.",
        ],
        "details": ["The roof of the burning hall later collapsed."],
        "context": "The Islamic State group claimed responsibility.",
        "roundup": "Gunmen killed more than 130 people at a concert hall near Moscow {when}.",
        "background": "Last week's attack on the Crocus concert hall near Moscow killed more "
                      "than 140 people.",
    },
    {
        "id": "kerman_bombing", "date": "2024-01-03", "type": "ASSAULT",
        "place": ["Kerman", 30.28, 57.08, "IRN", "city"], "source": None, "target": "IRNCVL",
        "n": 4,
        "ledes": [
            "Two bombs exploded at a memorial ceremony for Qassem Soleimani in Kerman {when}, "
            "killing nearly 100 people.",
            "Twin blasts tore through crowds near Soleimani's grave in the Iranian city of "
            "Kerman {when}.",
            "Suicide bombers attacked mourners at a cemetery in Kerman {when}.",
        ],
        "details": ["The explosions went off minutes apart along the road to the cemetery."],
        "context": "The Islamic State group later said it carried out the attack.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "iran_strikes_pakistan", "date": "2024-01-16", "type": "ASSAULT",
        "place": ["Panjgur", 26.97, 64.09, "PAK", "city"], "source": "IRNMIL",
        "target": "PAKREB", "n": 4,
        "ledes": [
            "Iran launched missile and drone strikes on targets in Pakistan's Balochistan "
            "province {when}.",
            "Iranian forces struck what Tehran called militant bases near Panjgur in Pakistan "
            "{when}.",
            "Iran attacked alleged Jaish al-Adl hideouts inside Pakistan {when}, killing two "
            "children, Pakistani officials said.",
        ],
        "details": ["Pakistan recalled its ambassador from Tehran."],
        "context": "The two neighbours share a long and lawless border.",
        "roundup": None,
        "background": "The strikes came two days after Iran hit targets inside Pakistan's "
                      "Balochistan province.",
    },
    {
        "id": "pakistan_strikes_iran", "date": "2024-01-18", "type": "ASSAULT",
        "place": ["Saravan", 27.37, 62.33, "IRN", "city"], "source": "PAKMIL",
        "target": "IRNREB", "n": 4,
        "ledes": [
            "Pakistan carried out air strikes on militant hideouts in Iran's Sistan and "
            "Baluchestan province {when}.",
            "Pakistani jets and drones struck targets near the Iranian town of Saravan {when}.",
            "Pakistan hit back at Iran {when}, bombing separatist bases across the border.",
        ],
        "details": ["Iranian officials said nine people were killed in a village near Saravan."],
        "context": "Both governments later moved to calm tensions.",
        "roundup": None,
        "background": None,
        "follows": "iran_strikes_pakistan",
    },
    {
        "id": "haiti_prison", "date": "2024-03-02", "type": "ASSAULT",
        "place": ["Port-au-Prince", 18.54, -72.34, "HTI", "city"], "source": "HTIREB",
        "target": "HTIJUD", "n": 4,
        "ledes": [
            "Armed gangs stormed Haiti's main prison in Port-au-Prince {when}, freeing "
            "thousands of inmates.",
            "Gang members attacked the National Penitentiary in Port-au-Prince {when}.",
            "Gunmen overran the largest prison in the Haitian capital {when}.",
        ],
        "details": ["Most of the roughly 3,800 inmates escaped."],
        "context": "Prime Minister Ariel Henry was abroad at the time.",
        "roundup": None,
        "background": "The attack on the airport came two days after gangs stormed the main "
                      "prison in Port-au-Prince.",
    },
    {
        "id": "haiti_airport", "date": "2024-03-04", "type": "ASSAULT",
        "place": ["Port-au-Prince", 18.54, -72.34, "HTI", "city"], "source": "HTIREB",
        "target": "HTIGOV", "n": 3,
        "ledes": [
            "Gangs attacked Haiti's main international airport in Port-au-Prince {when}.",
            "Armed gangs opened fire on police and soldiers guarding the airport in "
            "Port-au-Prince {when}.",
            "Gunmen tried to seize Toussaint Louverture airport in the Haitian capital {when}.",
        ],
        "details": ["Security forces pushed the attackers back after a long exchange of fire."],
        "context": "All flights were suspended.",
        "roundup": None,
        "background": None,
        "follows": "haiti_prison",
    },
    {
        "id": "el_fasher_hospital", "date": "2024-06-08", "type": "ASSAULT",
        "place": ["El Fasher", 13.63, 25.35, "SDN", "city"], "source": "SDNREB",
        "target": "SDNMED", "n": 3,
        "ledes": [
            "Rapid Support Forces fighters stormed the South Hospital in El Fasher {when}.",
            "RSF paramilitaries attacked the last functioning hospital in El Fasher {when}, "
            "aid groups said.",
            "Fighters of the Rapid Support Forces raided a hospital in the besieged Sudanese "
            "city of El Fasher {when}.",
        ],
        "details": ["Doctors Without Borders said patients and staff fled."],
        "context": "El Fasher has been under siege for weeks.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "lashio_capture", "date": "2024-08-03", "type": "ASSAULT",
        "place": ["Lashio", 22.93, 97.75, "MMR", "city"], "source": "MMRREB",
        "target": "MMRMIL", "n": 3,
        "ledes": [
            "Ethnic rebels captured the northeastern command headquarters of Myanmar's army in "
            "Lashio {when}.",
            "The Myanmar National Democratic Alliance Army seized the city of Lashio {when} "
            "after weeks of fighting.",
            "Rebel forces overran the military command in Lashio, in Shan state, {when}.",
        ],
        "details": ["It was the first regional command ever to fall to rebels."],
        "context": "The junta has lost ground across the country.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "seoul_martial_law", "date": "2024-12-03", "type": "COERCE",
        "place": ["Seoul", 37.57, 126.98, "KOR", "city"], "source": "KORGOV", "target": "KOROPP",
        "n": 5,
        "ledes": [
            "South Korean President Yoon Suk Yeol declared martial law {when}, accusing the "
            "opposition of anti-state activities.",
            "Yoon Suk Yeol imposed emergency martial law in Seoul {when}.",
            "South Korea's president placed the country under martial law {when} and sent "
            "troops to the National Assembly.",
        ],
        "details": ["Soldiers tried to enter the parliament building in Seoul."],
        "context": "Lawmakers voted hours later to lift the decree.",
        "roundup": "South Korea's president declared martial law {when}.",
        "background": None,
    },
    {
        "id": "guayaquil_tv", "date": "2024-01-09", "type": "ASSAULT",
        "place": ["Guayaquil", -2.19, -79.89, "ECU", "city"], "source": "ECUCRM",
        "target": "ECUMED", "n": 4,
        "ledes": [
            "Masked gunmen stormed a television studio in Guayaquil {when} during a live "
            "broadcast.",
            "Armed men burst into the TC Television station in Guayaquil {when} and held staff "
            "at gunpoint.",
            "Gang members attacked a public television channel in Ecuador's port city of "
            "Guayaquil {when}.",
        ],
        "details": ["Police later arrested thirteen of the attackers."],
        "context": "President Daniel Noboa declared an internal armed conflict.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "shoal_march23", "date": "2024-03-23", "type": "COERCE",
        "place": ["Second Thomas Shoal", 9.73, 115.86, None, "region"], "source": "CHNMIL",
        "target": "PHLMIL", "n": 4,
        "ledes": [
            "Chinese coast guard ships fired water cannon at a Philippine supply boat near "
            "Second Thomas Shoal {when}.",
            "China's coast guard blasted a Philippine resupply vessel with water cannon in the "
            "South China Sea {when}.",
            "A Chinese vessel used water cannon against a Philippine boat on a resupply mission "
            "{when}, Manila said.",
        ],
        "details": ["Three Filipino sailors were hurt, the Philippine military said."],
        "context": "Manila summoned a Chinese envoy in protest.",
        "roundup": None,
        "background": None,
        "follows": "shoal_march5",
    },
    {
        "id": "shoal_march5", "date": "2024-03-05", "type": "COERCE",
        "place": ["Second Thomas Shoal", 9.73, 115.86, None, "region"], "source": "CHNMIL",
        "target": "PHLMIL", "n": 3,
        "ledes": [
            "Chinese coast guard vessels blocked and hit a Philippine resupply convoy with "
            "water cannon near Second Thomas Shoal {when}.",
            "China's coast guard rammed and sprayed Philippine boats in the disputed waters "
            "{when}.",
        ],
        "details": ["The windshield of a Philippine boat was shattered."],
        "context": "Beijing said the Philippine boats had intruded.",
        "roundup": None,
        "background": "Earlier this month, Chinese ships also used water cannon on a Philippine "
                      "convoy near the shoal.",
    },
    {
        "id": "blinken_feb", "date": "2024-02-07", "type": "CONSULT",
        "place": ["Jerusalem", 31.77, 35.21, "ISR", "city"], "source": "USAGOV",
        "target": "ISRGOV", "n": 4,
        "ledes": [
            "Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in "
            "Jerusalem {when}.",
            "Antony Blinken held talks with Benjamin Netanyahu {when} on a possible hostage "
            "deal.",
            "The top US diplomat met Netanyahu {when} during his fifth trip to the region since "
            "the war began.",
        ],
        "details": ["Blinken also met Israeli opposition leaders."],
        "context": "Netanyahu rejected a Hamas proposal the same day.",
        "roundup": None,
        "background": "Blinken last met Netanyahu in February, weeks before the current visit.",
    },
    {
        "id": "blinken_march", "date": "2024-03-22", "type": "CONSULT",
        "place": ["Tel Aviv", 32.08, 34.78, "ISR", "city"], "source": "USAGOV",
        "target": "ISRGOV", "n": 4,
        "ledes": [
            "Antony Blinken met Benjamin Netanyahu in Tel Aviv {when}.",
            "Secretary of State Antony Blinken held talks with Prime Minister Netanyahu and the "
            "war cabinet in Tel Aviv {when}.",
            "Blinken met the Israeli prime minister {when}, warning against a ground offensive "
            "in Rafah.",
        ],
        "details": ["Blinken later told reporters that a Rafah operation risked isolating "
                    "Israel."],
        "context": "It was his sixth trip to the region since October.",
        "roundup": None,
        "background": "Last week's talks between Blinken and Netanyahu in Tel Aviv ended without "
                      "agreement on Rafah.",
        "follows": "blinken_feb",
    },
    {
        "id": "karabakh_offensive", "date": "2023-09-19", "type": "ASSAULT",
        "place": ["Stepanakert", 39.82, 46.75, "AZE", "city"], "source": "AZEMIL",
        "target": "ARMREB", "n": 5,
        "ledes": [
            "Azerbaijan launched a military offensive in Nagorno-Karabakh {when}.",
            "Azerbaijani forces shelled Stepanakert and other towns in Nagorno-Karabakh {when}.",
            "Azerbaijan's army attacked ethnic Armenian positions in Karabakh {when}, calling "
            "it an anti-terrorist operation.",
        ],
        "details": ["Residents of Stepanakert sheltered in basements as shells fell."],
        "context": "The region's leaders agreed to a ceasefire a day later.",
        "roundup": None,
        "background": "Last week's offensive by Azerbaijan in Nagorno-Karabakh sent tens of "
                      "thousands of Armenians fleeing.",
    },
    {
        "id": "niamey_coup", "date": "2023-07-26", "type": "COERCE",
        "place": ["Niamey", 13.51, 2.11, "NER", "city"], "source": "NERMIL", "target": "NERGOV",
        "n": 4,
        "ledes": [
            "Soldiers of Niger's presidential guard detained President Mohamed Bazoum in "
            "Niamey {when}.",
            "Members of the presidential guard held Niger's president inside his palace in "
            "Niamey {when}.",
            "Mutinous troops arrested Mohamed Bazoum at the presidential palace {when}.",
        ],
        "details": ["The soldiers later announced on television that they had taken power."],
        "context": "West African leaders threatened sanctions.",
        "roundup": None,
        "background": None,
    },
    {
        "id": "unsc_ceasefire", "date": "2024-03-25", "type": "REQUEST",
        "place": ["New York", 40.71, -74.01, "USA", "city"], "source": "UNO", "target": None,
        "n": 4,
        "ledes": [
            "The UN Security Council demanded an immediate ceasefire in Gaza {when}.",
            "The Security Council called {when} for an immediate ceasefire in Gaza during "
            "Ramadan.",
            "United Nations Security Council members demanded {when} that Israel and Hamas stop "
            "fighting.",
        ],
        "details": ["The United States abstained in the vote."],
        "context": "It was the first such resolution since the war began.",
        "roundup": None,
        "background": None,
    },
]

OUTLETS = (
    "Levant Wire", "Harbor Daily", "Continental Post", "Meridian News", "Northgate Times",
    "Savanna Herald", "Pacific Ledger", "Atlas Report", "Crescent Observer", "Eastern Courier",
    "Granite Tribune", "Delta Dispatch",
)

ROUNDUP_OUTLET = "The Week in Brief"

GENERIC_CONTEXT = {
    "force": (
        "Casualty figures could not be independently verified.",
        "Hospitals in the area appealed for blood donations.",
        "Witnesses described scenes of panic in the streets.",
    ),
    "protest": (
        "Organisers promised further rallies in the coming days.",
        "Shops in the area stayed shut for most of the afternoon.",
    ),
    "engage": (
        "Diplomats described the atmosphere as businesslike.",
        "Neither side released a full readout of the talks.",
    ),
    "sanction": (
        "Analysts questioned whether the measures would change behaviour.",
        "The targeted firms did not respond to requests for comment.",
    ),
    "appeal": ("Aid agencies welcomed the step.",),
}

SYNDICATION_TAGS = (
    "This article was first published by {outlet} and is republished with permission.",
    "Distributed by the {outlet} wire service.",
)
