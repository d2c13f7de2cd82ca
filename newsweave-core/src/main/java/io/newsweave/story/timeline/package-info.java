/**
 * Story timeline, summary and coverage: what a reader sees when opening a story, built from its
 * articles in any language and traceable to the sentences it came from. {@link
 * io.newsweave.story.timeline.TimelineBuilder} merges dated developments across articles and
 * languages, {@link io.newsweave.story.timeline.Summarizer} picks a few non-redundant sentences
 * and {@link io.newsweave.story.timeline.Coverage} counts who covered the story and when.
 */
package io.newsweave.story.timeline;
