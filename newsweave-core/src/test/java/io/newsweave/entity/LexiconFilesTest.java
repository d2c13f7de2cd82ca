package io.newsweave.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the resource word lists state in their headers: what they are, their source and their
 * order, words in code point order and each once per section (a {@code #} line starts a section).
 */
class LexiconFilesTest {

    private static final Comparator<String> CODE_POINTS = (a, b) -> Arrays.compare(a.codePoints().toArray(),
            b.codePoints().toArray());

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The content lines of each section, a section being what follows a run of comment lines. */
    private static List<List<String>> sections(List<String> lines) {
        List<List<String>> sections = new ArrayList<>();
        boolean comment = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                comment = true;
            } else {
                if (comment) {
                    sections.add(new ArrayList<>());
                }
                comment = false;
                sections.getLast().add(line);
            }
        }
        return sections;
    }

    @ParameterizedTest
    @ValueSource(strings = {"demonyms.txt", "exonyms.txt", "given-names.txt", "given-name-genders.txt", "loc-heads.txt",
        "not-names.txt", "org-heads.txt", "roles.txt", "titles.txt"})
    void everyListSaysWhereItsEntriesComeFromAndHowTheyAreOrdered(String resource) throws IOException {
        List<String> header = lines(resource).stream().takeWhile(l -> l.startsWith("#")).toList();
        assertThat(header).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", header)).contains("# Source: ").contains("Order: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"given-names.txt", "loc-heads.txt", "not-names.txt", "org-heads.txt", "titles.txt"})
    void wordsOfASectionAreInCodePointOrderAndEachOnce(String resource) throws IOException {
        for (List<String> section : sections(lines(resource))) {
            List<String> words = section.stream().flatMap(l -> Arrays.stream(l.strip().split("\\s+"))).toList();
            assertThat(words).as(resource).isSortedAccordingTo(CODE_POINTS).doesNotHaveDuplicates()
                    .allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demonyms.txt", "exonyms.txt", "roles.txt"})
    void phrasesOfALineAreInCodePointOrderAndEachOnce(String resource) throws IOException {
        boolean canonicalFirst = resource.equals("exonyms.txt");
        for (List<String> section : sections(lines(resource))) {
            for (String line : section) {
                List<String> phrases = Arrays.stream(line.substring(line.indexOf(' ') + 1).split("\\|"))
                        .map(String::strip).toList();
                assertThat(phrases).as(line).doesNotHaveDuplicates()
                        .isEqualTo(canonicalFirst ? phrases : phrases.stream().sorted(CODE_POINTS).toList());
                if (canonicalFirst) {
                    assertThat(phrases.subList(1, phrases.size())).as(line).isSortedAccordingTo(CODE_POINTS);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demonyms.txt", "exonyms.txt"})
    void linesOfASectionAreInCodePointOrderOfTheirCanonicalName(String resource) throws IOException {
        for (List<String> section : sections(lines(resource))) {
            List<String> keys = section.stream().map(l -> resource.equals("demonyms.txt") ? l.substring(0, l.indexOf(' '))
                    : l.substring(l.indexOf(' ') + 1).split("\\|")[0].strip()).toList();
            assertThat(keys).as(resource).isSortedAccordingTo(CODE_POINTS).doesNotHaveDuplicates();
        }
    }

    /** Their lines are sorted, so line order must decide nothing: no phrase may stand for two countries. */
    @ParameterizedTest
    @ValueSource(strings = {"demonyms.txt"})
    void noPhraseIsListedForTwoCountries(String resource) throws IOException {
        Map<String, String> country = new HashMap<>();
        for (List<String> section : sections(lines(resource))) {
            for (String line : section) {
                String code = line.substring(0, line.indexOf(' ')).replace("+", "");
                for (String p : line.substring(line.indexOf(' ') + 1).split("\\|")) {
                    String previous = country.putIfAbsent(p.strip(), code);
                    assertThat(previous == null || previous.equals(code)).as(p + " under " + previous + " and " + code).isTrue();
                }
            }
        }
    }

    /** The gender list: a [f] and a [m] section, each sorted and once, folded names, no name in both. */
    @org.junit.jupiter.api.Test
    void theGenderListHasTwoSortedSectionsAndNoNameInBoth() throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : lines("given-name-genders.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[f]") || line.equals("[m]")) {
                current = new ArrayList<>();
                assertThat(sections.put(line, current)).as(line + " once").isNull();
                continue;
            }
            assertThat(current).as("a name before any section: " + line).isNotNull();
            current.addAll(Arrays.asList(line.strip().split(" ")));
        }
        assertThat(sections).containsOnlyKeys("[f]", "[m]");
        for (List<String> names : sections.values()) {
            assertThat(names).isSortedAccordingTo(CODE_POINTS).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
        }
        assertThat(sections.get("[f]")).doesNotContainAnyElementsOf(sections.get("[m]"));
        assertThat(sections.get("[f]")).hasSizeGreaterThan(500);
        assertThat(sections.get("[m]")).hasSizeGreaterThan(500);
    }
}
