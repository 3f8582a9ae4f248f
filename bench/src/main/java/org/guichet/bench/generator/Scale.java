package org.guichet.bench.generator;

/**
 * How much data to generate. {@code full} is issue 5's national scale; {@code small} is for checking
 * the tooling on a busy machine in a minute.
 *
 * @param exportDossiers submitted dossiers of the one démarche the export scenario exports
 */
public record Scale(String name, int tenants, int procedures, int dossiers, int citizens, int agents, int exportDossiers) {

    public static Scale of(String name) {
        return switch (name) {
            case "full" -> new Scale(name, 100, 2_000, 1_000_000, 200_000, 5_000, 100_000);
            case "medium" -> new Scale(name, 10, 200, 100_000, 20_000, 500, 20_000);
            case "small" -> new Scale(name, 2, 40, 10_000, 2_000, 100, 2_000);
            default -> throw new IllegalArgumentException("BENCH_SCALE is small, medium or full, not " + name);
        };
    }

    int proceduresPerTenant() {
        return Math.max(3, procedures / tenants);
    }

    int agentsPerTenant() {
        return Math.max(5, agents / tenants);
    }
}
