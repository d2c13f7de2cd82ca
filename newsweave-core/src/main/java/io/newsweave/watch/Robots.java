package io.newsweave.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site (scheme, host and port), parsed with crawler-commons and kept for a day:
 * whether a URL may be fetched, the site's Crawl-delay (handed to {@link HostPoliteness}) and its
 * {@code Sitemap:} lines. A robots.txt that is missing (4xx) allows everything; one that cannot be
 * fetched (5xx, network errors) disallows the site for ten minutes (RFC 9309: unreachable means disallowed). Thread-safe:
 * one robots.txt is fetched once however many threads ask for it at the same time.
 */
public final class Robots {

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

    private record Entry(BaseRobotRules rules, Instant expires, String problem) {
    }

    private final Fetcher fetcher;
    private final HostPoliteness politeness;
    private final WatchConfig config;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> sites = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public Robots(Fetcher fetcher, HostPoliteness politeness, WatchConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.politeness = politeness;
        this.config = config;
        this.clock = clock;
    }

    /** {@code null} when {@code url} may be fetched, else the reason in words. */
    public String refusal(URI url) throws InterruptedException {
        Entry entry = entry(url);
        if (entry.problem != null) {
            return entry.problem;
        }
        return entry.rules.isAllowed(url.toString()) ? null : "robots.txt disallows " + url.getRawPath();
    }

    /** The site's {@code Sitemap:} URLs. */
    public List<String> sitemaps(URI url) throws InterruptedException {
        return entry(url).rules.getSitemaps();
    }

    private Entry entry(URI url) throws InterruptedException {
        String site = site(url);
        Entry entry = sites.get(site);
        if (entry != null && !clock.instant().isAfter(entry.expires)) {
            return entry;
        }
        synchronized (locks.computeIfAbsent(site, s -> new Object())) {
            entry = sites.get(site);
            Instant now = clock.instant();
            if (entry == null || now.isAfter(entry.expires)) {
                entry = load(site, now);
                sites.put(site, entry);
            }
            return entry;
        }
    }

    private Entry load(String site, Instant now) throws InterruptedException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robots = URI.create(site + "/robots.txt");
        try {
            Fetched fetched = fetcher.get(robots, Fetcher.Validators.NONE);
            BaseRobotRules rules = parser.parseContent(robots.toString(), fetched.body(),
                    fetched.contentType() == null ? "text/plain" : fetched.contentType(), List.of(config.robotsAgent()));
            if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
                politeness.crawlDelay(robots.getHost(), Duration.ofMillis(rules.getCrawlDelay()));
            }
            return new Entry(rules, now.plus(KEEP), null);
        } catch (FetchFailure f) {
            if (f.status() >= 400 && f.status() < 500 && f.status() != 429) {
                return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(KEEP), null);
            }
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(RETRY_UNREACHABLE),
                    "robots.txt unreachable (" + f.getMessage() + "); site not fetched for now");
        }
    }

    private static String site(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
