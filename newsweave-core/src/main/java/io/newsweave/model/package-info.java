/**
 * The immutable records that pass from stage to stage: {@link io.newsweave.model.RawDocument}
 * out of ingest, {@link io.newsweave.model.Article} out of analysis, and the small values they
 * hold. Records carry no behaviour beyond validation.
 */
package io.newsweave.model;
