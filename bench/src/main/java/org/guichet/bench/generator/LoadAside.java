package org.guichet.bench.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Secondary indexes and foreign keys of the bulk-loaded tables, set aside during the load and put
 * back after: building an index once is much cheaper than maintaining it row by row, and a foreign
 * key validated in one join is cheaper than a check per row. Read from the catalogue, so indexes
 * that later migrations add (the inbox's search index…) are handled without being named here.
 */
final class LoadAside {

    private final List<String> recreate = new ArrayList<>();
    private final List<String> readd = new ArrayList<>();

    void setAside(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet fk = s.executeQuery("""
                        select conname, pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = '%s'::regclass and contype = 'f'""".formatted(table))) {
                    while (fk.next()) {
                        readd.add("alter table %s add constraint %s %s".formatted(table, fk.getString(1), fk.getString(2)));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet ix = s.executeQuery("""
                        select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                        where i.indrelid = '%s'::regclass
                          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"""
                        .formatted(table))) {
                    while (ix.next()) {
                        recreate.add(ix.getString(2));
                    }
                }
            }
            for (String add : readd) {
                String[] words = add.split(" ");
                s.execute("alter table %s drop constraint %s".formatted(words[2], words[5]));
            }
            for (String create : recreate) {
                String name = create.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2");
                s.execute("drop index " + name);
            }
        }
    }

    /** Puts the indexes back, two at a time (one per core), then the foreign keys. */
    void putBack(Connection a, Connection b) throws Exception {
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Connection c = w == 0 ? a : b;
            int first = w;
            workers.add(Thread.ofPlatform().start(() -> {
                try (Statement s = c.createStatement()) {
                    s.execute("set maintenance_work_mem = '256MB'");
                    for (int i = first; i < recreate.size(); i += 2) {
                        s.execute(recreate.get(i));
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread t : workers) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        try (Statement s = a.createStatement()) {
            for (String add : readd) {
                s.execute(add);
            }
        }
    }
}
