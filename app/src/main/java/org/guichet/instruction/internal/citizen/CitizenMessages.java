package org.guichet.instruction.internal.citizen;

import java.time.ZoneId;
import java.util.List;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierState;
import org.guichet.instruction.MessagingManagement;
import org.guichet.instruction.MessagingManagement.Message;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * The latest messages shown on the usager's dossier page ({@code dossier/my-dossier-messages}).
 * That page belongs to the dossier module, whose controller knows nothing of messages: the
 * fragment reads them through this bean. Its caller has already checked that the dossier is the
 * usager's own.
 */
@Component("citizenMessages")
class CitizenMessages {

    static final int SHOWN = 3;

    /** What the fragment shows: whether the thread is open (not a draft), the last messages, and how many there are. */
    record Summary(boolean open, List<Message> latest, int total, ZoneId zone) {}

    private final MessagingManagement messaging;
    private final TenantManagement tenants;

    CitizenMessages(MessagingManagement messaging, TenantManagement tenants) {
        this.messaging = messaging;
        this.tenants = tenants;
    }

    public Summary of(Dossier dossier) {
        if (dossier.state() == DossierState.BROUILLON) {
            return new Summary(false, List.of(), 0, null);
        }
        List<Message> all = messaging.thread(dossier.id());
        ZoneId zone = tenants.findById(TenantContext.require()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        return new Summary(true, all.subList(Math.max(0, all.size() - SHOWN), all.size()).reversed(), all.size(), zone);
    }
}
