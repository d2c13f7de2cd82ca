package io.newsweave.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryProfileTest {

    @Test
    void aProfileSumsItsArticlesKeysInTheChannelsThatCrossLanguages() {
        CodedKeys a = CodedKeys.of(List.of("kowal", "kowal", "w:veste", "e:Q1", "t:talk", "d:2021-12-07", "n:40", "l:en"));
        CodedKeys b = CodedKeys.of(List.of("kowal", "w:veste", "w:genev", "e:Q1", "t:talk", "l:fr"));
        CodedKeys c = CodedKeys.of(List.of("kowal", "w:harbo", "l:de"));
        StoryProfile profile = StoryProfile.of(List.of(a, b, c));
        assertThat(profile.members()).isEqualTo(3);
        assertThat(profile.keys().texts()).containsExactlyInAnyOrder("kowal", "w:veste", "e:Q1", "w:genev", "w:harbo");
        CodedKeys keys = profile.keys();
        for (int i = 0; i < keys.size(); i++) {
            int expected = switch (keys.text(i)) {
                case "kowal" -> 4;
                case "w:veste", "e:Q1" -> 2;
                default -> 1;
            };
            assertThat(keys.count(i)).as(keys.text(i)).isEqualTo(expected);
        }
        assertThat(keys.language()).isZero();
    }

    @Test
    void anArticlesOwnProfileChannelsKeepEveryKeyOfThem() {
        CodedKeys a = CodedKeys.of(List.of("kowal", "w:veste", "t:talk", "l:en"));
        assertThat(StoryProfile.channelsOf(a).texts()).containsExactlyInAnyOrder("kowal", "w:veste");
    }

    @Test
    void emptyInputsGiveAnEmptyProfile() {
        assertThat(StoryProfile.of(List.of()).keys().size()).isZero();
        assertThat(StoryProfile.of(List.of(CodedKeys.of(List.of()), CodedKeys.of(List.of()))).keys().size()).isZero();
        CodedKeys decoded = StoryProfile.channelsOf(CodedKeys.of(List.of("t:only")));
        byte[] bytes = decoded.encode();
        assertThat(CodedKeys.decode(bytes, 0, bytes.length)).isEqualTo(decoded);
    }
}
