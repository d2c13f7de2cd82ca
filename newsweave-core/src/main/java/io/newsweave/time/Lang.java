package io.newsweave.time;

/** The languages whose calendar words the time stage knows. */
enum Lang { EN, FR, ES, DE, IT, PT }
