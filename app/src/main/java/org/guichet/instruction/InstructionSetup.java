package org.guichet.instruction;

import java.util.List;
import java.util.UUID;
import org.guichet.instruction.internal.inbox.LabelRepository;
import org.guichet.instruction.internal.routing.GroupRepository;
import org.guichet.instruction.internal.routing.RoutingGroup;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up routing groups and labels of a démarche of the current tenant without a person behind
 * it (demo data, imports): idempotent, so running it again changes nothing. Administrators use the
 * back-office pages instead, which check their rights and record each change in the audit trail.
 */
@Service
public class InstructionSetup {

    private final GroupRepository groups;
    private final LabelRepository labels;

    InstructionSetup(GroupRepository groups, LabelRepository labels) {
        this.groups = groups;
        this.labels = labels;
    }

    /** The group named {@code name}, created if missing, with these rules on {@code fieldId} and these members. */
    @Transactional
    public UUID ensureGroup(UUID procedureId, String name, boolean isDefault, String fieldId, List<String> values,
            List<AccountId> members) {
        UUID id = groups.groups(procedureId).stream().filter(g -> g.name().equals(name)).map(RoutingGroup::id).findFirst()
                .orElseGet(() -> groups.insert(procedureId, name, false));
        if (isDefault) {
            groups.makeDefault(procedureId, id);
        }
        values.forEach(v -> groups.addRule(id, fieldId, v));
        members.forEach(m -> groups.addMember(id, m.value()));
        return id;
    }

    /** The label named {@code name}, created if missing. */
    @Transactional
    public UUID ensureLabel(UUID procedureId, String name, String colour) {
        return labels.ofProcedures(List.of(procedureId)).stream().filter(l -> l.name().equals(name)).map(LabelRepository.Label::id)
                .findFirst().orElseGet(() -> labels.insert(procedureId, name, colour));
    }
}
