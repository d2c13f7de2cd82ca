package io.newsweave.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void spellingsOfOneNameShareAKey() {
        assertThat(NameKeys.name("Путина")).isEqualTo(NameKeys.name("Putin"));
        assertThat(NameKeys.name("Poutine")).isEqualTo(NameKeys.name("Putin"));
        assertThat(NameKeys.name("Zhelensky")).isEqualTo(NameKeys.name("Zelensky"));
        assertThat(NameKeys.name("Зеленський")).isEqualTo(NameKeys.name("Zelenski"));
        assertThat(NameKeys.name("Sergueï")).isEqualTo(NameKeys.name("Sergey"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameKeys.name("Johnson")).isNotEqualTo(NameKeys.name("Jonsson Ltd"));
        assertThat(NameKeys.exact("Niger")).isNotEqualTo(NameKeys.exact("Nigeria"));
    }

    @Test
    void emptyAndGarbledInputGiveEmptyOrAsciiKeys() {
        assertThat(NameKeys.name("")).isEmpty();
        assertThat(NameKeys.name("—«»")).isEmpty();
        assertThat(NameKeys.fold("Ωμέγα 東京 ☃")).matches("[a-z0-9 ]*");
        assertThat(NameKeys.slug("Vladimir Putin")).isEqualTo("vladimir-putin");
    }
}
