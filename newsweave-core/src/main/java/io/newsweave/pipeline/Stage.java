package io.newsweave.pipeline;

import java.util.Locale;

/** The steps of the ingest recipe whose time is measured, in recipe order. */
public enum Stage {
    READ, CLEAN, LANGUAGE, WORDS, ENTITY, TIME, FEATURES, ENCODE, GROUP, LINEAGE, STORE;

    /** The lower-case name printed in reports ({@code "clean"}). */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
