package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every reference to a document or a dossier is indexed: deleting one (a purge, an erasure request) checks
 * each reference to it, and without an index each check reads the whole referring table — with a million
 * dossiers, a purge that never ends.
 */
class ForeignKeyIndexIntegrationTest extends IntegrationTest {

    /** The tables whose rows are deleted in bulk, by purges and erasure. */
    private static final Set<String> PURGED = Set.of("document", "dossier");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyReferenceToAPurgedTableLeadsAnIndex() {
        List<String> unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and array_length(c.conkey, 1) = 1
                  and c.confrelid::regclass::text = any(?)
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1""")
                .param(PURGED.toArray(String[]::new)).query(String.class).list();
        assertThat(unindexed).as("foreign keys without an index leading with their column").isEmpty();
    }
}
