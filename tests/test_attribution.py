from datetime import date

from eventwire.attribution import loaded_in, opinion_score, quotation_speakers
from eventwire.model import Article
from eventwire.nlp import load_nlp
from eventwire.pipeline import Pipeline


def test_loaded_cues_and_scare_quotes() -> None:
    doc = load_nlp()("The so-called ceasefire is a grotesque farce. The army held a \"peace\" "
                     "conference in the capital.")
    first, second = list(doc.sents)
    assert loaded_in(first) == ("so-called", "grotesque", "farce")
    assert loaded_in(second) == ('"peace"',)


def test_quoted_speech_is_not_scare_quotes_and_wire_copy_scores_zero() -> None:
    doc = load_nlp()('"We will respond," the minister said. Troops entered the town on Monday.')
    assert all(loaded_in(s) == () for s in doc.sents)
    assert opinion_score(doc) == 0.0
    opinion = load_nlp()("The regime's barbaric, cowardly attack was a shameful outrage.")
    assert opinion_score(opinion) > 10


def test_multi_sentence_quotation_is_attributed_to_its_speaker() -> None:
    doc = load_nlp()('"We will not leave. Our troops will strike the militants in Manbij," '
                     "Erdogan said on Tuesday.")
    quotes = quotation_speakers(doc)
    first = next(iter(doc.sents))
    assert quotes[first.start].speaker is not None
    assert quotes[first.start].speaker.text == "Erdogan"


def test_quoted_first_person_actor_takes_the_speakers_country(pipeline: Pipeline) -> None:
    text = ('"We will not leave. Our troops will strike the militants in Manbij," '
            "Erdogan said on Tuesday.")
    events = pipeline.extract(Article(id="q", text=text, published=date(2018, 1, 30)))
    strike = next(e for e in events if e.trigger == "strike")
    assert strike.plover.type == "THREATEN"
    assert strike.source is not None and strike.source.country == "TUR"
    assert strike.attribution and strike.attribution[0].speaker == "Recep Tayyip Erdogan"


def _events(pipeline: Pipeline, text: str, published: date) -> list:
    return pipeline.extract(Article(id="t", text=text, published=published))


def test_what_happened_before_a_statement_is_told_by_the_narrator(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Mexico will send troops to its border, Claudia Sheinbaum said "
                               "on Monday after a phone call with Donald Trump.",
                     date(2025, 2, 3))
    (call,) = [e for e in events if e.plover.type == "CONSULT"]
    assert call.factuality.status == "asserted" and not call.attribution
    # the main clause is not told by a speech verb in a later "before" clause
    events = _events(pipeline, "Protesters stormed the presidential palace in Colombo on "
                               "Saturday, hours before the speaker of parliament said the "
                               "president would step down.", date(2022, 7, 9))
    storm = next(e for e in events if e.trigger.startswith("stormed"))
    assert storm.factuality.status == "asserted"


def test_a_past_act_dating_a_plan_is_background_but_one_told_with_it_is_reported(
        pipeline: Pipeline) -> None:
    events = _events(pipeline, "Emmanuel Macron said France would pull its troops out of Niger "
                               "by the end of the year, two months after soldiers toppled "
                               "President Mohamed Bazoum.", date(2023, 9, 25))
    coup = next(e for e in events if e.trigger.startswith("toppled"))
    assert coup.factuality.status == "asserted" and not coup.attribution
    events = _events(pipeline, "A US air strike killed an estimated 30 al-Shabaab fighters near "
                               "Galcad after they attacked Somali troops, US Africa Command "
                               "said.", date(2024, 1, 20))
    attack = next(e for e in events if e.trigger.startswith("attacked"))
    assert attack.factuality.status == "reported"


def test_media_reports_name_the_media_as_speaker(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Local media report that protesters in Almaty have stormed the "
                               "mayor's office.", date(2022, 1, 5))
    (ev,) = events
    assert ev.factuality.status == "reported"
    speaker = ev.attribution[-1].speaker if ev.attribution else None
    assert speaker is not None and "media" in speaker.lower()


def test_the_narrators_evidential_words_set_the_status(pipeline: Pipeline) -> None:
    def status(text: str) -> tuple[str, list[str]]:
        (ev,) = _events(pipeline, text, date(2024, 4, 2))
        return ev.factuality.status, [a.cue for a in ev.attribution]

    assert status("Russian troops reportedly shelled Kupiansk on Tuesday.") == (
        "reported", ["reportedly"])
    assert status("Israel allegedly bombed the consulate in Damascus.")[0] == "claimed"
    assert status("A suspected Israeli drone strike hit a car in Tyre.") == ("hedged", [])
    assert status("Russian troops shelled Kupiansk on Tuesday.") == ("asserted", [])


def test_an_inserted_speech_verb_tells_the_clause_before_it(pipeline: Pipeline) -> None:
    # with a clause after "X said," the model hangs "said" on the main verb (parataxis); the
    # main clause is still X's report, and the clause after it the narrator's background
    events = _events(pipeline, "Indonesian warplanes bombed rebel camps in Aceh on Sunday, the "
                               "armed forces chief said, two days after the separatists killed "
                               "four soldiers.", date(2003, 5, 20))
    strike = next(e for e in events if e.trigger.startswith("bombed"))
    assert strike.factuality.status == "reported"
    assert strike.attribution and strike.attribution[-1].speaker is not None
    assert "chief" in strike.attribution[-1].speaker
    killing = next(e for e in events if e.trigger.startswith("killed"))
    assert killing.factuality.status == "asserted"
