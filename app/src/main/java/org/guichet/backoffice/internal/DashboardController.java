package org.guichet.backoffice.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.RoleGrant;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The agent's home: who they are, what their roles allow, and where to go (the URL rules require an agent). */
@Controller
class DashboardController {

    private final AccountManagement accounts;
    private final ServiceUnitManagement services;

    DashboardController(AccountManagement accounts, ServiceUnitManagement services) {
        this.accounts = accounts;
        this.services = services;
    }

    @GetMapping("/agent")
    String dashboard(@AuthenticationPrincipal GuichetPrincipal principal, Model model) {
        List<RoleGrant> grants = accounts.grantsOf(principal.accountId()).stream()
                .sorted(Comparator.comparing(RoleGrant::role)).toList();
        Map<UUID, String> serviceNames = services.list().stream()
                .collect(Collectors.toMap(ServiceUnit::id, ServiceUnit::name));
        model.addAttribute("agent", principal);
        model.addAttribute("grants", grants);
        model.addAttribute("serviceNames", serviceNames);
        model.addAttribute("administrator", grants.stream().anyMatch(g -> g.role() == AgentRole.ADMINISTRATEUR));
        return "backoffice/dashboard";
    }
}
