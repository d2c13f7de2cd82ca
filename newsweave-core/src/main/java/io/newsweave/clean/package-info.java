/**
 * Clean: boilerplate removal, headline detection and Unicode normalization, from a
 * {@link io.newsweave.model.RawDocument} to a {@link io.newsweave.clean.CleanDocument}. The rules
 * work line by line on tokens and know clutter phrases in English, French, Spanish, German,
 * Italian and Portuguese; HTML main-content extraction lives in {@code clean.html}.
 */
package io.newsweave.clean;
