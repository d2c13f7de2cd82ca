package io.newsweave.cli;

/** Entry point of the {@code newsweave} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
