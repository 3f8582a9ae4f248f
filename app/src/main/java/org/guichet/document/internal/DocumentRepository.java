package org.guichet.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.StoredDocument;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code document} table. Row-level security limits every query to the current tenant. */
@Repository
public class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StoredDocument document, String storageKey) {
        jdbc.sql("""
                insert into document (id, tenant_id, storage_key, file_name, content_type, size_bytes, sha256,
                                      created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id().value(), document.tenantId().value(), storageKey, document.fileName(),
                        document.contentType(), document.size(), HexFormat.of().parseHex(document.sha256()),
                        OffsetDateTime.ofInstant(document.createdAt(), ZoneOffset.UTC),
                        document.createdBy() == null ? null : document.createdBy().value())
                .update();
    }

    /** The document and where its bytes are, when it belongs to the current tenant. */
    public Optional<Located> find(DocumentId id) {
        return jdbc.sql("select * from document where id = ?").param(id.value()).query(DocumentRepository::map).optional();
    }

    /** A document's metadata with its storage key, which never leaves the module. */
    public record Located(StoredDocument document, String storageKey) {}

    private static Located map(ResultSet rs, int row) throws SQLException {
        UUID createdBy = rs.getObject("created_by", UUID.class);
        Instant createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        StoredDocument document = new StoredDocument(new DocumentId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), HexFormat.of().formatHex(rs.getBytes("sha256")),
                createdAt, createdBy == null ? null : new AccountId(createdBy));
        return new Located(document, rs.getString("storage_key"));
    }
}
