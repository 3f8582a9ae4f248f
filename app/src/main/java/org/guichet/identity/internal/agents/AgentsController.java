package org.guichet.identity.internal.agents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.identity.internal.agents.AgentDirectory.Agent;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's agents and their roles, for its administrators (the URL rules require
 * ADMINISTRATEUR). Ids are looked up under row-level security: another tenant's agent, a citizen
 * or a made-up id is not found.
 */
@Controller
@RequestMapping("/agent/administration/agents")
class AgentsController {

    private static final String AGENT_PAGE = "identity/agents/agent";

    private final AgentDirectory agents;
    private final AgentInvitations invitations;
    private final AgentRoles roles;
    private final ServiceUnitManagement services;

    AgentsController(AgentDirectory agents, AgentInvitations invitations, AgentRoles roles, ServiceUnitManagement services) {
        this.agents = agents;
        this.invitations = invitations;
        this.roles = roles;
        this.services = services;
    }

    @ModelAttribute("allRoles")
    AgentRole[] allRoles() {
        return AgentRole.values();
    }

    @ModelAttribute("serviceNames")
    Map<UUID, String> serviceNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        services.list().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agents", agents.agents());
        model.addAttribute("invitations", invitations.pending());
        return "identity/agents/agents";
    }

    @GetMapping("/{accountId}")
    String show(@PathVariable UUID accountId, Model model) {
        model.addAttribute("agent", find(accountId));
        model.addAttribute("roleForm", new RoleForm());
        model.addAttribute("services", services.list());
        return AGENT_PAGE;
    }

    @PostMapping("/{accountId}/roles")
    String addRole(@PathVariable UUID accountId, @ModelAttribute RoleForm roleForm, BindingResult errors,
            Authentication who, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Agent agent = find(accountId);
        RoleForm.Choice choice = roleForm.validate(errors, services);
        if (choice == null) {
            model.addAttribute("agent", agent);
            model.addAttribute("services", services.list());
            return AGENT_PAGE;
        }
        boolean added = roles.grant(agent, choice.role(), choice.serviceId(), Requests.actor(who, request));
        redirect.addFlashAttribute("saved", added ? "agents.role.added" : "agents.role.alreadyThere");
        return redirect(accountId);
    }

    @PostMapping("/{accountId}/roles/{grantId}/retrait")
    String removeRole(@PathVariable UUID accountId, @PathVariable UUID grantId, Authentication who,
            HttpServletRequest request, RedirectAttributes redirect) {
        Agent agent = find(accountId);
        try {
            if (!roles.revoke(agent, grantId, Requests.actor(who, request))) {
                throw notFound();
            }
        } catch (AgentChangeRefusedException e) {
            redirect.addFlashAttribute("refused", "agents.refused.ownLastAdministratorRole");
            return redirect(accountId);
        }
        if (agents.agent(accountId).isEmpty()) {
            redirect.addFlashAttribute("saved", "agents.revoked");
            return "redirect:/agent/administration/agents";
        }
        redirect.addFlashAttribute("saved", "agents.role.removed");
        return redirect(accountId);
    }

    @PostMapping("/{accountId}/revocation")
    String revokeAll(@PathVariable UUID accountId, Authentication who, HttpServletRequest request,
            RedirectAttributes redirect) {
        Agent agent = find(accountId);
        try {
            roles.revokeAll(agent, Requests.actor(who, request));
        } catch (AgentChangeRefusedException e) {
            redirect.addFlashAttribute("refused", "agents.refused.ownRoles");
            return redirect(accountId);
        }
        redirect.addFlashAttribute("saved", "agents.revoked");
        return "redirect:/agent/administration/agents";
    }

    private Agent find(UUID accountId) {
        return agents.agent(accountId).orElseThrow(AgentsController::notFound);
    }

    private static String redirect(UUID accountId) {
        return "redirect:/agent/administration/agents/" + accountId;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
