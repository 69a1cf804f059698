from datetime import date

from eventwire.clean import clean
from eventwire.model import Article


def _clean(text: str) -> Article:
    return clean(Article(id="t", text=text))


def test_demo_header_and_boilerplate(demo_text: str) -> None:
    art = _clean(demo_text)
    assert art.title == "Turkey tells US to quit Manbij as Afrin offensive widens"
    assert art.author == "Selin Arda"
    assert art.outlet == "Levant Wire"
    assert art.published == date(2018, 1, 30)
    assert art.original_outlet == "Frontline Monitor"
    for debris in ("Copyright", "Fair use", "Articles by", "[email protected]", "newsletter",
                   "All images in this article", "originally published"):
        assert debris not in art.text
    assert len(art.removed) == 2
    assert art.text.startswith("Turkey's foreign minister demanded")
    assert art.text.rstrip().endswith("more than six decades.")


def test_boilerplate_sentence_inside_news_paragraph_is_dropped_alone() -> None:
    text = ("Rebels shelled the town on Friday. Share this article with a friend. "
            "Three civilians were hurt.\n\nThe army said it would respond.")
    art = _clean(text)
    assert "Share this" not in art.text
    assert "Rebels shelled the town on Friday." in art.text
    assert "Three civilians were hurt." in art.text


def test_single_line_without_period_is_not_taken_as_title() -> None:
    art = _clean("Russia urged Turkey to show restraint")
    assert art.text == "Russia urged Turkey to show restraint"
    assert art.title is None


def test_existing_metadata_is_kept() -> None:
    art = clean(Article(id="x", text="A.\n\nB happened.", published=date(2020, 5, 1),
                        title="Given"))
    assert art.published == date(2020, 5, 1)
    assert art.title == "Given"


def test_live_blog_timestamps_are_not_part_of_the_entry() -> None:
    text = ("10:45 GMT - Taliban fighters have entered Kabul.\n\n"
            "16:45 — Russia has massed troops near Sumy, Zelensky tells reporters.\n\n"
            "14:05 India has flown relief supplies to Kathmandu.\n\n"
            "The 12.5 million people in the region need help.")
    out = clean(Article(id="t", text=text, published=date(2024, 8, 1)))
    assert out.text.split("\n\n") == [
        "Taliban fighters have entered Kabul.",
        "Russia has massed troops near Sumy, Zelensky tells reporters.",
        "India has flown relief supplies to Kathmandu.",
        "The 12.5 million people in the region need help."]
    assert "10:45 GMT -" in out.removed


def test_an_indonesian_time_zone_in_a_stamp_is_no_actor() -> None:
    text = "11:20 WIB — A Jakarta court has sentenced the governor to two years in prison."
    out = clean(Article(id="t", text=text, published=date(2017, 5, 9)))
    assert out.text == "A Jakarta court has sentenced the governor to two years in prison."
