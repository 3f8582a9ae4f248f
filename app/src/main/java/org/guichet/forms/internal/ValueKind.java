package org.guichet.forms.internal;

import static org.guichet.forms.Condition.Operator.CONTAINS;
import static org.guichet.forms.Condition.Operator.EMPTY;
import static org.guichet.forms.Condition.Operator.EQUALS;
import static org.guichet.forms.Condition.Operator.GREATER_OR_EQUAL;
import static org.guichet.forms.Condition.Operator.GREATER_THAN;
import static org.guichet.forms.Condition.Operator.LESS_OR_EQUAL;
import static org.guichet.forms.Condition.Operator.LESS_THAN;
import static org.guichet.forms.Condition.Operator.NOT_EMPTY;
import static org.guichet.forms.Condition.Operator.NOT_EQUALS;

import java.util.EnumSet;
import java.util.Set;
import org.guichet.forms.Condition.Operator;
import org.guichet.forms.FieldType;

/** How conditions see a field's value: which operators apply and what literal they compare with. */
enum ValueKind {
    TEXT(EnumSet.of(EQUALS, NOT_EQUALS, CONTAINS, EMPTY, NOT_EMPTY)),
    NUMBER(EnumSet.of(EQUALS, NOT_EQUALS, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, EMPTY, NOT_EMPTY)),
    DATE(EnumSet.of(EQUALS, NOT_EQUALS, LESS_THAN, LESS_OR_EQUAL, GREATER_THAN, GREATER_OR_EQUAL, EMPTY, NOT_EMPTY)),
    YES_NO(EnumSet.of(EQUALS, NOT_EQUALS, EMPTY, NOT_EMPTY)),
    /** A visible checkbox always has a value (false when unticked), so only equality makes sense. */
    CHECKBOX(EnumSet.of(EQUALS, NOT_EQUALS)),
    CHOICE(EnumSet.of(EQUALS, NOT_EQUALS, EMPTY, NOT_EMPTY)),
    CHOICES(EnumSet.of(CONTAINS, EMPTY, NOT_EMPTY)),
    /** Communes, départements, régions: compared by official code. */
    CODE(EnumSet.of(EQUALS, NOT_EQUALS, EMPTY, NOT_EMPTY)),
    /** Composite answers (address, linked choice, files, rows, date and time): only whether there is one. */
    PRESENCE(EnumSet.of(EMPTY, NOT_EMPTY)),
    /** Display elements have no value and cannot be referred to. */
    NONE(EnumSet.noneOf(Operator.class));

    private final Set<Operator> operators;

    ValueKind(Set<Operator> operators) {
        this.operators = operators;
    }

    boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    static ValueKind of(FieldType type) {
        return switch (type) {
            case FieldType.ShortText t -> TEXT;
            case FieldType.LongText t -> TEXT;
            case FieldType.EmailAddress t -> TEXT;
            case FieldType.PhoneNumber t -> TEXT;
            case FieldType.PatternText t -> TEXT;
            case FieldType.Siret t -> TEXT;
            case FieldType.Siren t -> TEXT;
            case FieldType.Nir t -> TEXT;
            case FieldType.Iban t -> TEXT;
            case FieldType.IntegerNumber t -> NUMBER;
            case FieldType.DecimalNumber t -> NUMBER;
            case FieldType.DateInput t -> DATE;
            case FieldType.YesNo t -> YES_NO;
            case FieldType.Checkbox t -> CHECKBOX;
            case FieldType.SingleChoice t -> CHOICE;
            case FieldType.CivilityChoice t -> CHOICE;
            case FieldType.MultipleChoice t -> CHOICES;
            case FieldType.CommunePicker t -> CODE;
            case FieldType.DepartementPicker t -> CODE;
            case FieldType.RegionPicker t -> CODE;
            case FieldType.DateTimeInput t -> PRESENCE;
            case FieldType.LinkedChoice t -> PRESENCE;
            case FieldType.PostalAddressInput t -> PRESENCE;
            case FieldType.Attachment t -> PRESENCE;
            case FieldType.RepeatableBlock t -> PRESENCE;
            case FieldType.SectionTitle t -> NONE;
            case FieldType.Explanation t -> NONE;
        };
    }
}
