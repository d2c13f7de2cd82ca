package io.newsweave.cluster;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a story has been saying lately, as one feature record an arriving article is compared
 * with: the features of its last {@value #MEMBERS} articles by arrival in the channels that
 * compare across languages (name keys, folded word prefixes, canonical entities), each key counted
 * as often as those articles together count it. A story's drift is bounded by what it says, not
 * by one link: an article joins a long storyline by matching its recent whole, while a chain of
 * weak links through single articles stays bounded by span ({@link Clusterer.Config#spanStep()}).
 * Immutable.
 *
 * @param keys    the summed features
 * @param members how many articles they sum (at most {@link #MEMBERS})
 */
public record StoryProfile(CodedKeys keys, int members) {

    /** How many of a story's latest articles its profile sums. */
    public static final int MEMBERS = 12;

    /**
     * A story of fewer articles has no profile: it says no more than its articles' own links
     * (chosen on the tuning half: profiles of two or three articles joined reports of other
     * stories, and let a generated stream without stories grow one past 5 % of it).
     */
    public static final int MIN_MEMBERS = 4;

    /** The channels a profile keeps: those that compare across languages and last over a storyline. */
    static final Set<Channel> CHANNELS = EnumSet.of(Channel.NAMES, Channel.WORDS, Channel.ENTITIES);

    /** An article's features in the profile's channels only. */
    public static CodedKeys channelsOf(CodedKeys keys) {
        return CodedKeys.summed(List.of(keys), CHANNELS);
    }

    /** The profile of a story whose latest articles have these features. */
    public static StoryProfile of(List<CodedKeys> members) {
        return new StoryProfile(CodedKeys.summed(members, CHANNELS), members.size());
    }
}
