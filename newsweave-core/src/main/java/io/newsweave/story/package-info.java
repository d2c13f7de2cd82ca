/**
 * Story: what a reader sees of a story. Its articles, languages, outlets, dates and entities, and
 * its events ({@link io.newsweave.story.EventView}: the articles of one happening, with its day),
 * its timeline, summary, quotes and coverage ({@link io.newsweave.story.StoryDetails}). The read
 * side's one entry point is {@link io.newsweave.story.ReadModel}: the story catalog, the entity
 * registry from its snapshot and the aliases applied once, shared by the export, the CLI and the
 * server.
 */
package io.newsweave.story;
