"""core.help_links: the Help section's entries, and the top-up entry by the rule of core.charges."""
from mapflow_processing.core.charges import TOP_UP_URL
from mapflow_processing.core.help_links import KEYS, TOP_UP, TRACKER, USER_GUIDE, PluginLinks, help_links

PLUGIN = PluginLinks("https://github.com/owner/plugin/", "https://github.com/owner/plugin/issues")


def by_key(server_url):
    links = help_links(PLUGIN, server_url)
    assert tuple(link.key for link in links) == KEYS
    return {link.key: link for link in links}


def test_the_mapflow_service_links_its_top_up_page():
    links = by_key("https://api.mapflow.ai/rest")
    assert links[TOP_UP].url == TOP_UP_URL
    assert by_key("https://whitemaps-production.mapflow.ai/rest")[TOP_UP].url == TOP_UP_URL
    assert links[USER_GUIDE].url == "https://github.com/owner/plugin/blob/main/docs/USER_GUIDE.md"
    assert links[TRACKER].url == "https://github.com/owner/plugin/issues"


def test_other_servers_and_nobody_signed_in_get_words_instead_of_a_link():
    assert by_key("http://127.0.0.1:8765/rest")[TOP_UP].url is None
    assert "add-credits" in by_key("http://127.0.0.1:8765/rest")[TOP_UP].text
    assert "administrator" in by_key("https://mapflow.example.org/rest")[TOP_UP].text
    signed_out = by_key(None)[TOP_UP]
    assert signed_out.url is None and "sign in" in signed_out.text
