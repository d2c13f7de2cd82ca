package io.newsweave.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClutterRulesTest {

    private final ClutterRules rules = new ClutterRules();

    private boolean clutter(String html) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        return rules.isClutter(e);
    }

    @Test
    void multilingualClutterNamesAreRecognised() {
        for (String html : new String[] {"<div class='social-share'>", "<div class='teilen-leiste'>",
                "<div class='partage'>", "<div class='compartir'>", "<div id='newsletter-box'>",
                "<div class='comments'>", "<div class='kommentare'>", "<div class='cookie-notice'>",
                "<div class='related-posts'>", "<div class='paywall'>", "<div class='ad-slot'>",
                "<ul class='breadcrumb'>", "<div role='navigation'>", "<nav>", "<aside>", "<footer>"}) {
            assertThat(clutter(html)).as(html).isTrue();
        }
    }

    @Test
    void hiddenElementsAreClutter() {
        assertThat(clutter("<div style='display: none'>")).isTrue();
        assertThat(clutter("<div hidden>")).isTrue();
        assertThat(clutter("<div aria-hidden='true'>")).isTrue();
    }

    @Test
    void contentNamesAndLookalikeWordsAreNotClutter() {
        for (String html : new String[] {"<div class='article-body'>", "<div class='header-image'>",
                "<div class='loading'>", "<div class='readability'>", "<div itemprop='articleBody' class='share'>",
                "<article class='post tag-sport category-news'>", "<div class='entry-content author-box'>"}) {
            assertThat(clutter(html)).as(html).isFalse();
        }
    }
}
