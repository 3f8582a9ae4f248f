package org.guichet.instruction.internal.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.identity.AgentRole;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' inbox: the dossiers of the démarches (and routing groups) they instruct, in tabs with
 * counts, filtered and searched with a plain GET form, 50 a page with keyset "next page" links.
 */
@Controller
class InboxController {

    private final AgentReach reaches;
    private final InboxRepository inbox;
    private final TabCounts tabCounts;
    private final LabelRepository labels;
    private final AccountManagement accounts;
    private final TenantManagement tenants;
    private final Clock clock;

    InboxController(AgentReach reaches, InboxRepository inbox, TabCounts tabCounts, LabelRepository labels,
            AccountManagement accounts, TenantManagement tenants, Clock clock) {
        this.reaches = reaches;
        this.inbox = inbox;
        this.tabCounts = tabCounts;
        this.labels = labels;
        this.accounts = accounts;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/agent/dossiers")
    @Transactional(readOnly = true)
    String inbox(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal GuichetPrincipal agent,
            Model model) {
        inbox.planForEachValue();
        InboxFilter filter = InboxFilter.parse(params);
        Reach reach = reaches.of(agent);
        ZoneId zone = tenants.findById(TenantContext.require()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        InboxRepository.Scope scope = new InboxRepository.Scope(TenantContext.require(), agent.accountId().value(), reach,
                zone, LocalDate.now(clock.withZone(zone)));
        List<InboxRow> rows = inbox.page(scope, filter);
        boolean more = rows.size() > InboxRepository.PAGE_SIZE;
        List<InboxRow> page = more ? rows.subList(0, InboxRepository.PAGE_SIZE) : rows;
        model.addAttribute("filter", filter);
        model.addAttribute("rows", page);
        model.addAttribute("nextPage", more ? filter.nextPage(page.getLast().cursor()) : null);
        model.addAttribute("counts", tabCounts.of(scope, filter));
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("sorts", InboxSort.values());
        model.addAttribute("procedures", reach.procedures());
        model.addAttribute("procedureTitles", reach.procedures().stream()
                .collect(Collectors.toMap(Reach.VisibleProcedure::id, Reach.VisibleProcedure::title)));
        model.addAttribute("labels", labels.ofProcedures(reach.procedures().stream().map(Reach.VisibleProcedure::id).toList()));
        model.addAttribute("agents", instructingAgents());
        model.addAttribute("today", scope.today());
        model.addAttribute("zone", zone);
        return "instruction/inbox";
    }

    /** Agents who may hold dossiers, for the assignee filter. */
    private Map<UUID, String> instructingAgents() {
        return accounts.agents().stream()
                .filter(a -> a.grants().stream().anyMatch(g -> g.role() != AgentRole.SUPERVISEUR))
                .collect(Collectors.toMap(a -> a.id().value(), AccountManagement.AgentSummary::displayName,
                        (x, y) -> x, java.util.LinkedHashMap::new));
    }
}
