package org.guichet.procedure.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guichet.procedure.Category;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public catalogue of a tenant's démarches and the page of each one. */
@Controller
class CatalogueController {

    private final ProcedureCatalogue catalogue;
    private final ServiceUnitManagement services;

    CatalogueController(ProcedureCatalogue catalogue, ServiceUnitManagement services) {
        this.catalogue = catalogue;
        this.services = services;
    }

    @GetMapping("/demarches")
    String catalogue(@RequestParam(name = "q", required = false) String query, Model model) {
        boolean searching = query != null && !query.isBlank();
        List<Procedure> found = searching ? catalogue.search(query) : catalogue.published();
        model.addAttribute("query", query == null ? "" : query.strip());
        model.addAttribute("searching", searching);
        model.addAttribute("results", found);
        model.addAttribute("byCategory", byCategory(found));
        return "procedure/catalogue";
    }

    @GetMapping("/demarches/{slug}")
    String page(@PathVariable String slug, Model model) {
        Procedure procedure = catalogue.findVisible(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("procedure", procedure);
        model.addAttribute("service", services.find(procedure.serviceId()).orElse(null));
        if (procedure.replacedBy() != null) {
            model.addAttribute("replacement", catalogue.published().stream()
                    .filter(p -> p.id().equals(procedure.replacedBy())).findFirst().orElse(null));
        }
        return "procedure/page";
    }

    private static Map<Category, List<Procedure>> byCategory(List<Procedure> procedures) {
        Map<Category, List<Procedure>> grouped = new LinkedHashMap<>();
        for (Procedure p : procedures) {
            grouped.computeIfAbsent(p.category(), c -> new java.util.ArrayList<>()).add(p);
        }
        return grouped;
    }
}
