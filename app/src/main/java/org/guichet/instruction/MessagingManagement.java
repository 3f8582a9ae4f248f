package org.guichet.instruction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.DocumentRejectedException;
import org.guichet.document.StoredDocument;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierState;
import org.guichet.instruction.internal.messaging.MessageRepository;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread between the usager and the agents of a dossier. Callers authorise first (the owner,
 * or {@code InstructionAccess} for agents); this class only enforces what holds for everyone: no
 * message on a draft, a bounded body, at most {@link #MAX_ATTACHMENTS} checked files, and one
 * message per form key.
 */
@Service
public class MessagingManagement {

    public static final int MAX_BODY = 5000;
    public static final int MAX_ATTACHMENTS = 5;

    /** A message as shown: attachments resolved to their metadata. */
    public record Message(UUID id, Actor author, String body, Instant sentAt, List<StoredDocument> attachments) {}

    /** A file sent with a message, read once when the message is stored. */
    public record NewAttachment(String fileName, InputStreamSource content) {}

    private final MessageRepository messages;
    private final DocumentManagement documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessagingManagement(MessageRepository messages, DocumentManagement documents, ApplicationEventPublisher events,
            Clock clock) {
        this.messages = messages;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a message and its files in one transaction: a refused file rolls back the message and
     * the files stored before it. A key already used on this dossier adds nothing (a replayed form).
     *
     * @return true when the message was added, false for a replay
     * @throws DocumentRejectedException when a file is empty, too large or of a refused type
     * @throws IllegalArgumentException when the body is blank or too long, or there are too many files
     * @throws IllegalStateException when the dossier is still a draft
     */
    @Transactional
    public boolean post(Dossier dossier, Actor author, String body, List<NewAttachment> files, UUID idempotencyKey) {
        if (dossier.state() == DossierState.BROUILLON) {
            throw new IllegalStateException("No messages on a draft");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY || files.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("Message body or attachments out of bounds");
        }
        TenantId tenant = TenantContext.require();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The row first: a concurrent replay waits on the unique key, then finds it taken.
        if (!messages.insert(tenant, id, dossier.id(), author.kind().name(), author.accountId(), body.strip(), now,
                idempotencyKey)) {
            return false;
        }
        int position = 0;
        for (NewAttachment file : files) {
            // The document row joins this transaction: a later refusal rolls it back too. The bytes
            // of files accepted before a refused one stay in the store, named by no row.
            try (InputStream in = file.content().getInputStream()) {
                StoredDocument doc = documents.store(tenant, in, file.fileName(), UploadLimits.defaults(),
                        author.accountId() == null ? null : new AccountId(author.accountId()));
                messages.addAttachment(tenant, id, doc.id().value(), position++);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        events.publishEvent(new MessageSent(tenant, dossier.id(), id, author, files.size(), now));
        return true;
    }

    /** The dossier's messages, oldest first. */
    @Transactional(readOnly = true)
    public List<Message> thread(UUID dossierId) {
        return messages.thread(dossierId).stream()
                .map(row -> new Message(row.id(), new Actor(Actor.Kind.valueOf(row.authorKind()), row.authorId()),
                        row.body(), row.sentAt(), row.documentIds().stream()
                                .flatMap(doc -> documents.find(new DocumentId(doc)).stream()).toList()))
                .toList();
    }

    /** A file sent in this dossier's thread; empty for any other document id. */
    @Transactional(readOnly = true)
    public Optional<DocumentId> attachment(UUID dossierId, UUID documentId) {
        return messages.isAttachmentOf(dossierId, documentId) ? Optional.of(new DocumentId(documentId)) : Optional.empty();
    }
}
