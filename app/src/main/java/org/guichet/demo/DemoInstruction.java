package org.guichet.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.instruction.AnnotationManagement;
import org.guichet.instruction.AnnotationType;
import org.guichet.instruction.MessagingManagement;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Component;

/**
 * What agents find on the instruction side of the demo: a private annotation field on the road
 * reports démarche, and a short exchange between the service and the citizen on the dossier being
 * examined. Loaded once: the field when the démarche has none, the messages when the thread is empty.
 */
@Component
class DemoInstruction {

    private final AnnotationManagement annotations;
    private final MessagingManagement messaging;
    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;

    DemoInstruction(AnnotationManagement annotations, MessagingManagement messaging, DossierManagement dossiers,
            ProcedureCatalogue catalogue) {
        this.annotations = annotations;
        this.messaging = messaging;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
    }

    void load(AccountId citizen, AccountId agent) {
        if (citizen == null || agent == null) {
            return;
        }
        catalogue.findVisible("signalement-voirie").ifPresent(procedure -> {
            if (annotations.fields(procedure.id()).isEmpty()) {
                annotations.addField(procedure.id(), "Équipe d’intervention", AnnotationType.SINGLE_CHOICE,
                        List.of("Voirie", "Éclairage public", "Espaces verts"), agent);
            }
        });
        dossiers.listForOwner(citizen).stream().filter(d -> d.state() == DossierState.EN_INSTRUCTION).findFirst()
                .filter(d -> messaging.thread(d.id()).isEmpty())
                .ifPresent(d -> {
                    messaging.post(d, Actor.agent(agent), "Bonjour, pouvez-vous nous préciser le numéro de la rue ?",
                            List.of(), key(d.id(), "question"));
                    messaging.post(d, Actor.usager(citizen), "Bonjour, c’est au 12 rue des Lilas, devant l’école.",
                            List.of(), key(d.id(), "reply"));
                });
    }

    /** A key fixed per dossier and message: loading twice cannot post twice. */
    private static UUID key(UUID dossier, String message) {
        return UUID.nameUUIDFromBytes((dossier + message).getBytes(StandardCharsets.UTF_8));
    }
}
