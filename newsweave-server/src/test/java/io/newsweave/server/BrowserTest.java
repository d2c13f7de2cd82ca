package io.newsweave.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in headless Chromium: front page, a story and its timeline (in another order), search, and the article
 * carrying script payloads running none of them. Skips when {@code /usr/bin/chromium} is absent.
 */
class BrowserTest {

    @TempDir
    static Path dir;
    static Fixture fx;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chromium.available(), "no /usr/bin/chromium: browser test skipped");
        fx = new Fixture(dir.resolve("data"));
        browser = new Chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aReaderOpensAStorySeesItsTimelineAndSearches() throws Exception {
        browser.open(fx.uri("/").toString());
        assertThat(browser.eval("document.querySelectorAll('li.story').length").asInt()).isEqualTo(28);
        assertThat(browser.eval("getComputedStyle(document.querySelector('header.top')).display").asText()).isEqualTo("flex");

        browser.navigateBy("document.querySelector('li.story a.title[href=\"/stories/sputin\"]').click()");
        assertThat(browser.eval("location.pathname").asText()).isEqualTo("/stories/sputin");
        assertThat(browser.eval("document.querySelectorAll('#timeline svg.timeline rect.bar').length").asInt()).isEqualTo(3);
        assertThat(browser.eval("document.querySelector('#timeline').getBoundingClientRect().height > 100").asBoolean()).isTrue();
        assertThat(browser.eval("document.querySelectorAll('#entities a.chip').length").asInt()).isEqualTo(2);
        assertThat(browser.eval("document.querySelector('#sources').innerText").asText()).contains("wire.example");

        browser.navigateBy("document.querySelector('#timeline-order-newest').click()");
        assertThat(browser.eval("location.search").asText()).isEqualTo("?timeline_order=newest");
        assertThat(browser.eval("document.querySelector('#timeline-order-newest').tagName").asText()).isEqualTo("STRONG");
        assertThat(browser.eval("document.querySelector('ol.developments li .date').title").asText()).isEqualTo("2022-01-03");

        browser.navigateBy("document.querySelector('form.quick input[name=q]').value = 'geneva';"
                + "document.querySelector('form.quick').submit()");
        assertThat(browser.eval("location.search").asText()).isEqualTo("?q=geneva");
        assertThat(browser.eval("document.querySelectorAll('li.hit').length").asInt()).isEqualTo(1);
        assertThat(browser.eval("document.querySelector('li.hit a.title').textContent").asText()).isEqualTo("Talks in Geneva in January");
    }

    @Test
    void theFrontPagePutsTheStoryWithTheNewestArticlesFirstAndItsFiltersNarrowTheList() throws Exception {
        browser.open(fx.uri("/").toString());
        assertThat(browser.eval("document.querySelector('li.story a.title').textContent").asText()).isEqualTo("Tempestade Aurelia inunda Lisboa");
        assertThat(browser.eval("document.querySelector('li.story .trend').textContent").asText()).isEqualTo("new");
        assertThat(browser.eval("document.querySelector('#sort-activity').tagName").asText()).isEqualTo("STRONG");

        browser.navigateBy("document.querySelector('#sort-size').click()");
        assertThat(browser.eval("location.search").asText()).contains("sort=size");
        assertThat(browser.eval("document.querySelector('li.story a.title').textContent").asText()).isEqualTo("Putin and Biden talk about Ukraine");

        browser.navigateBy("document.querySelector('#filter-language').value = 'fr'; document.querySelector('form.filters').submit()");
        assertThat(browser.eval("document.querySelectorAll('li.story').length").asInt()).isEqualTo(1);
        assertThat(browser.eval("document.querySelector('#filter-language').value").asText()).isEqualTo("fr");

        browser.navigateBy("document.querySelector('#filter-language').value = ''; document.querySelector('#filter-from').value = '2025-01-01';"
                + "document.querySelector('#filter-to').value = '2025-01-05'; document.querySelector('form.filters').submit()");
        assertThat(browser.eval("document.querySelectorAll('li.story').length").asInt()).isEqualTo(5);
    }

    @Test
    void anArticleWithScriptPayloadsRunsNoScript() throws Exception {
        for (String page : new String[] {"/articles/" + Fixture.XSS_ID, "/stories/sxss", "/search?q=evil", "/"}) {
            browser.open(fx.uri(page).toString());
            Thread.sleep(300);
            assertThat(browser.eval("typeof window.__xss").asText()).as(page).isEqualTo("undefined");
            assertThat(browser.eval("document.querySelectorAll('script:not([src])').length").asInt()).as(page).isZero();
            assertThat(browser.eval("document.querySelectorAll('img, [onerror], [onload]').length").asInt()).as(page).isZero();
        }
        browser.open(fx.uri("/articles/" + Fixture.XSS_ID).toString());
        assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo(Fixture.XSS_TITLE);
        assertThat(browser.eval("document.querySelector('.text').innerText").asText()).contains("<img src=x onerror=alert(1)>");
        assertThat(browser.dialogs).isEmpty();
    }
}
