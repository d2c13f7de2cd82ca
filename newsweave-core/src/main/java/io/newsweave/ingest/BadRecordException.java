package io.newsweave.ingest;

/** One record of a container refused, with a reason a user can act on. */
final class BadRecordException extends Exception {

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
