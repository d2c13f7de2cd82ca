package io.newsweave.quote;

import io.newsweave.entity.EntityRecognizer;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.model.Article;
import io.newsweave.model.Mention;
import io.newsweave.model.Origin;
import io.newsweave.model.Provenance;
import io.newsweave.model.Published;

import java.time.LocalDate;
import java.util.List;

/** Builds test articles with mentions from the real entity stage, as the pipeline does. */
final class Articles {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private final EntityRegistry registry = new EntityRegistry();

    Article of(String id, String text, String language, LocalDate date) {
        List<Mention> mentions = registry.resolve(language, RECOGNIZER.recognize(text, language));
        Published published = date == null ? Published.UNKNOWN : new Published(date, Provenance.METADATA, 1);
        return new Article(id, Origin.file(id), null, null, "", text, language, 1, published, mentions, List.of());
    }

    static Article bare(String text, String language) {
        return new Article("a", Origin.file("a"), null, null, "", text, language, 1, Published.UNKNOWN, List.of(), List.of());
    }
}
