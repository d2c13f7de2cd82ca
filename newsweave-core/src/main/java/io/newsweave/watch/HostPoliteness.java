package io.newsweave.watch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most {@code perHost} requests in flight per host, and request starts on
 * one host at least its delay apart (the configured minimum, raised by robots.txt Crawl-delay, and
 * a Retry-After pauses the host: requests fail at once until it is over). A caller blocks in
 * {@link #acquire} until slot and delay allow it. Thread-safe.
 */
public final class HostPoliteness {

    /** A held request slot; closing it frees the slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore slots;
        long nextStart;
        long pausedUntil;
        long delayNanos;

        Host(int perHost, long delayNanos) {
            this.slots = new Semaphore(perHost, true);
            this.delayNanos = delayNanos;
            this.nextStart = System.nanoTime();
            this.pausedUntil = nextStart;
        }
    }

    private final int perHost;
    private final long minDelayNanos;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    public HostPoliteness(int perHost, Duration minDelay) {
        this.perHost = perHost;
        this.minDelayNanos = minDelay.toNanos();
    }

    private Host host(String name) {
        return hosts.computeIfAbsent(name.toLowerCase(Locale.ROOT), h -> new Host(perHost, minDelayNanos));
    }

    /**
     * Waits for a slot on {@code host} and for its turn to start; the permit must be closed. Fails
     * at once, without waiting, while the host has asked for a pause (Retry-After).
     */
    public Permit acquire(String host) throws InterruptedException, FetchFailure {
        Host h = host(host);
        h.slots.acquire();
        long wait;
        synchronized (h) {
            long now = System.nanoTime();
            if (h.pausedUntil - now > 0) {
                h.slots.release();
                throw new FetchFailure(FetchFailure.Severity.TEMPORARY, 0, Duration.ofNanos(h.pausedUntil - now),
                        "host " + host + " asked for a pause (Retry-After); " + Duration.ofNanos(h.pausedUntil - now).toSeconds() + " s left");
            }
            long start = Math.max(now, h.nextStart);
            h.nextStart = start + h.delayNanos;
            wait = start - now;
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                h.slots.release();
                throw e;
            }
        }
        return h.slots::release;
    }

    /** Raises the delay between request starts on {@code host} to {@code delay} (robots.txt Crawl-delay); never below the minimum. */
    public void crawlDelay(String host, Duration delay) {
        Host h = host(host);
        synchronized (h) {
            h.delayNanos = Math.max(minDelayNanos, delay.toNanos());
        }
    }

    /** No request starts on {@code host} for {@code pause} (a 429 or 503 with Retry-After). */
    public void pause(String host, Duration pause) {
        Host h = host(host);
        synchronized (h) {
            long until = System.nanoTime() + pause.toNanos();
            if (until - h.pausedUntil > 0) {
                h.pausedUntil = until;
            }
        }
    }

    /** The delay now applied between request starts on {@code host}. */
    public Duration delay(String host) {
        Host h = host(host);
        synchronized (h) {
            return Duration.ofNanos(h.delayNanos);
        }
    }
}
