package org.guichet.instruction.internal.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The side panel's forms on a dossier: labels, follow, assignment. Plain POSTs answered by a
 * redirect to the dossier, so they work without JavaScript. An id that is malformed, forged,
 * another tenant's or out of the agent's reach is a 404 and changes nothing.
 */
@Controller
@RequestMapping("/agent/dossiers/{id}")
class OrganisationController {

    private final DossierOrganisation organisation;

    OrganisationController(DossierOrganisation organisation) {
        this.organisation = organisation;
    }

    @PostMapping("/etiquettes")
    String labels(@PathVariable String id, @RequestParam(name = "etiquette", required = false) List<String> labels,
            @AuthenticationPrincipal GuichetPrincipal agent) {
        UUID dossier = uuid(id, HttpStatus.NOT_FOUND);
        List<UUID> ids = new ArrayList<>();
        for (String label : labels == null ? List.<String>of() : labels) {
            ids.add(uuid(label, HttpStatus.BAD_REQUEST));
        }
        organisation.setLabels(agent, dossier, ids);
        return back(dossier);
    }

    @PostMapping("/suivre")
    String follow(@PathVariable String id, @RequestParam(name = "suivre", defaultValue = "true") boolean follow,
            @AuthenticationPrincipal GuichetPrincipal agent) {
        UUID dossier = uuid(id, HttpStatus.NOT_FOUND);
        organisation.follow(agent, dossier, follow);
        return back(dossier);
    }

    @PostMapping("/attribuer")
    String assign(@PathVariable String id, @RequestParam(name = "agent", required = false) String assignee,
            @AuthenticationPrincipal GuichetPrincipal agent) {
        UUID dossier = uuid(id, HttpStatus.NOT_FOUND);
        organisation.assign(agent, dossier, assignee == null || assignee.isBlank() ? null : uuid(assignee, HttpStatus.BAD_REQUEST));
        return back(dossier);
    }

    private static String back(UUID dossier) {
        return "redirect:/agent/dossiers/" + dossier;
    }

    static UUID uuid(String value, HttpStatus otherwise) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(otherwise);
        }
    }
}
