/** Export: the store as JSON or JSON Lines, in the shape the export contract fixes. */
package io.newsweave.export;
