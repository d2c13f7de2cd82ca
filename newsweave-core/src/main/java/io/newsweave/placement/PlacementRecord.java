package io.newsweave.placement;

import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Rejection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One decision of the ordered step, in the order it was taken within its partition. Immutable.
 * Records of one partition must be applied in order; records of different partitions touch
 * different stories and events, so their interleaving does not matter.
 */
public sealed interface PlacementRecord {

    /** The placement partition that took the decision (for example a language code). */
    String partition();

    /**
     * An analysed article placed into {@code event} and {@code story} (ids as placed: a later
     * {@link Merged} may fold them into others), with the clustering keys it was compared by.
     */
    record Placed(String partition, Article article, String story, String event, List<String> keys) implements PlacementRecord {
        public Placed {
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(event, "event");
            keys = List.copyOf(keys);
        }

        /** The canonical entity ids the article mentions, in order of first mention. */
        public List<String> entities() {
            Set<String> ids = new LinkedHashSet<>();
            for (Mention m : article.mentions()) {
                if (m.entity() != null) {
                    ids.add(m.entity());
                }
            }
            return List.copyOf(ids);
        }
    }

    /** Story or event {@code from} is one with {@code into} from now on. */
    record Merged(String partition, String from, String into) implements PlacementRecord {
        public Merged {
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(into, "into");
        }
    }

    /** The input at {@code origin} is a copy of the article {@code article} placed before. */
    record Duplicate(String partition, Origin origin, String article) implements PlacementRecord {
        public Duplicate {
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(article, "article");
        }
    }

    /** An input that is not an article (bad JSON, no text, ...), with its place and reason, for the quarantine. */
    record Rejected(String partition, Rejection rejection) implements PlacementRecord {
        public Rejected {
            Objects.requireNonNull(partition, "partition");
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
