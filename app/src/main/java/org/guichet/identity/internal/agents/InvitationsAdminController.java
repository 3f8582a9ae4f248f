package org.guichet.identity.internal.agents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators invite agents and cancel pending invitations (the URL rules require ADMINISTRATEUR). */
@Controller
@RequestMapping("/agent/administration/agents/invitations")
class InvitationsAdminController {

    private static final String FORM = "identity/agents/invite";

    private final AgentInvitations invitations;
    private final ServiceUnitManagement services;

    InvitationsAdminController(AgentInvitations invitations, ServiceUnitManagement services) {
        this.invitations = invitations;
        this.services = services;
    }

    @ModelAttribute("allRoles")
    AgentRole[] allRoles() {
        return AgentRole.values();
    }

    @GetMapping("/nouvelle")
    String form(Model model) {
        model.addAttribute("invitationForm", new InvitationForm());
        model.addAttribute("services", services.list());
        return FORM;
    }

    @PostMapping
    String invite(@ModelAttribute InvitationForm invitationForm, BindingResult errors, Authentication who,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        InvitationForm.Request invitation = invitationForm.validate(errors, services);
        if (invitation != null) {
            try {
                invitations.invite(invitation.email(), invitation.roles(), invitation.serviceId(),
                        Requests.actor(who, request), Requests.portalUrl(request));
                redirect.addFlashAttribute("invited", invitation.email());
                return "redirect:/agent/administration/agents";
            } catch (AgentChangeRefusedException e) {
                errors.rejectValue("email", "agents.email.alreadyAgent");
            }
        }
        model.addAttribute("services", services.list());
        return FORM;
    }

    @PostMapping("/{id}/annulation")
    String cancel(@PathVariable UUID id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Invitation cancelled = invitations.cancel(id, Requests.actor(who, request))
                    .orElseThrow(AgentsController::notFound);
            redirect.addFlashAttribute("cancelled", cancelled.email());
        } catch (AgentChangeRefusedException e) {
            redirect.addFlashAttribute("refused", "agents.refused.notPending");
        }
        return "redirect:/agent/administration/agents";
    }
}
