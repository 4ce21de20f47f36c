package dev.ormkit.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.OrderByItem;
import org.jspecify.annotations.Nullable;

/**
 * Works out a relationship's join from the foreign keys between the two classes' tables, as
 * SQLAlchemy does: the key's side gives the direction, and more than one candidate key needs
 * {@code foreignKeys} to choose.
 */
final class RelationshipResolver {
    private RelationshipResolver() {
    }

    /** A foreign key of {@code holder} referencing {@code referred}. */
    private record Candidate(Table holder, ForeignKeyConstraint fk, Table referred) {
    }

    /** Resolves {@code r}; a many-to-many uses the association table of that name in {@code declared}, if any. */
    static void resolve(EntityMapping<?> owner, RelationshipAttribute r, java.util.Map<String, Table> declared) {
        Class<?> type = r.owner();
        EntityMapping<?> target = EntityMapping.of(r.targetType());
        Relationship decl = r.declaration();
        Direction direction;
        List<ColumnPair> pairs = new ArrayList<>();
        List<ColumnPair> secondaryPairs = new ArrayList<>();
        Table secondary = null;
        if (!decl.secondary().isEmpty()) {
            direction = Direction.MANY_TO_MANY;
            if (!r.isCollection()) {
                throw MappingException.at(type, r.name(), "a many-to-many (secondary = \"" + decl.secondary()
                        + "\") must be a collection", "Declare it as List<" + target.type().getSimpleName() + "> or Set<...>");
            }
            secondary = AssociationTables.forRelationship(owner, target, decl.secondary(), r, declared);
            Candidate toOwner = single(type, r, referencing(List.of(secondary), owner.tables()), secondary, owner);
            Candidate toTarget = single(type, r, referencing(List.of(secondary), target.tables()), secondary, target);
            addPairs(pairs, toOwner, false);
            addPairs(secondaryPairs, toTarget, true);
        } else {
            List<Candidate> local = referencing(owner.tables(), target.tables());
            List<Candidate> remote = referencing(target.tables(), owner.tables());
            boolean selfReferential = !disjoint(owner.tables(), target.tables());
            if (selfReferential) {
                // the same keys are both local and remote: the field's shape tells the side
                if (r.isCollection()) {
                    local = List.of();
                } else {
                    remote = List.of();
                }
            }
            String[] named = decl.foreignKeys();
            if (named.length > 0) {
                Set<String> names = columnNames(owner, target, named);
                local = filter(local, names);
                remote = filter(remote, names);
                if (local.isEmpty() && remote.isEmpty()) {
                    throw MappingException.at(type, r.name(), "foreignKeys " + Arrays.toString(named)
                            + " names no foreign key between " + tableNames(owner) + " and " + tableNames(target),
                            "Name the column that carries @ForeignKey, e.g. foreignKeys = \"author_id\"");
                }
            }
            int count = local.size() + remote.size();
            if (count == 0) {
                throw MappingException.at(type, r.name(), "no foreign key links " + tableNames(owner) + " and "
                        + tableNames(target) + ", so the relationship to " + target.type().getSimpleName() + " cannot be inferred",
                        "Add @ForeignKey(\"" + owner.table().name() + "." + owner.table().primaryKey().get(0).name()
                                + "\") to a column of " + target.type().getSimpleName() + " (or the reverse), or use secondary = \"...\"");
            }
            if (count > 1) {
                List<String> columns = new ArrayList<>();
                for (Candidate c : local) {
                    columns.addAll(c.fk().columns());
                }
                for (Candidate c : remote) {
                    columns.addAll(c.fk().columns());
                }
                throw MappingException.at(type, r.name(), "more than one foreign key links " + tableNames(owner) + " and "
                        + tableNames(target) + " (columns " + columns + ")",
                        "Say which one with @Relationship(foreignKeys = \"" + columns.get(0) + "\")");
            }
            if (!local.isEmpty()) {
                direction = Direction.MANY_TO_ONE;
                if (r.isCollection()) {
                    throw MappingException.at(type, r.name(), "the foreign key " + local.get(0).fk().columns()
                            + " is in " + local.get(0).holder().name() + ", so this is a many-to-one and holds one "
                            + target.type().getSimpleName(), "Declare the field as " + target.type().getSimpleName());
                }
                addPairs(pairs, local.get(0), true);
            } else {
                direction = r.isCollection() ? Direction.ONE_TO_MANY : Direction.ONE_TO_ONE;
                addPairs(pairs, remote.get(0), false);
            }
        }
        RelationshipAttribute partner = partner(owner, target, r);
        r.resolved(direction, target, pairs, secondary, secondaryPairs, partner, orderBy(target, r));
    }

    private static List<Candidate> referencing(List<Table> holders, List<Table> referred) {
        List<Candidate> out = new ArrayList<>();
        for (Table h : holders) {
            for (ForeignKeyConstraint fk : h.foreignKeys()) {
                for (Table t : referred) {
                    // a joined subclass's key referencing its own root is inheritance, not a relationship
                    if (fk.referredTable().equals(t.name()) && !(holders.contains(t) && h != t && fk.columns().equals(pkNames(h)))) {
                        out.add(new Candidate(h, fk, t));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> pkNames(Table t) {
        List<String> out = new ArrayList<>();
        for (Column<?> c : t.primaryKey()) {
            out.add(c.name());
        }
        return out;
    }

    private static Candidate single(Class<?> type, RelationshipAttribute r, List<Candidate> found, Table secondary,
                                    EntityMapping<?> side) {
        if (found.size() != 1) {
            throw MappingException.at(type, r.name(), "association table " + secondary.name() + " has " + found.size()
                    + " foreign keys to " + tableNames(side), "Give it exactly one foreign key to each side");
        }
        return found.get(0);
    }

    /** Adds the column pairs of {@code c}; {@code holderIsLocal} says which end is this side. */
    private static void addPairs(List<ColumnPair> out, Candidate c, boolean holderIsLocal) {
        for (int i = 0; i < c.fk().columns().size(); i++) {
            Column<?> holderCol = c.holder().c(c.fk().columns().get(i));
            Column<?> referredCol = c.referred().c(c.fk().referredColumns().get(i));
            out.add(holderIsLocal ? new ColumnPair(holderCol, referredCol) : new ColumnPair(referredCol, holderCol));
        }
    }

    private static boolean disjoint(List<Table> a, List<Table> b) {
        for (Table t : a) {
            if (b.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> columnNames(EntityMapping<?> owner, EntityMapping<?> target, String[] named) {
        Set<String> out = new HashSet<>();
        for (String n : named) {
            out.add(n);
            for (EntityMapping<?> m : List.of(owner, target)) {
                ColumnAttribute a = m.findColumnAttribute(n);
                if (a != null) {
                    out.add(a.column().name());
                }
            }
        }
        return out;
    }

    private static List<Candidate> filter(List<Candidate> candidates, Set<String> names) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (names.containsAll(c.fk().columns())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String tableNames(EntityMapping<?> m) {
        return m.tables().size() == 1 ? m.table().name() : m.tables().stream().map(Table::name).toList().toString();
    }

    private static @Nullable RelationshipAttribute partner(EntityMapping<?> owner, EntityMapping<?> target, RelationshipAttribute r) {
        String name = r.declaration().backPopulates();
        if (name.isEmpty()) {
            return null;
        }
        Class<?> type = r.owner();
        String example = "`@Relationship(backPopulates = \"" + r.name() + "\") "
                + (r.isCollection() ? type.getSimpleName() : "List<" + type.getSimpleName() + ">") + " " + name + ";`";
        RelationshipAttribute partner = target.declaredRelationship(name);
        if (partner == null) {
            if (target.findColumnAttribute(name) != null) {
                throw MappingException.at(type, r.name(), "backPopulates = \"" + name + "\" names a column of "
                        + target.type().getSimpleName() + ", not a relationship",
                        "Point backPopulates at a @Relationship field of " + target.type().getSimpleName() + ", e.g. " + example);
            }
            throw MappingException.at(type, r.name(), "backPopulates = \"" + name + "\" but "
                    + target.type().getSimpleName() + " has no field " + name,
                    "Add " + example + " to " + target.type().getSimpleName() + ", or fix the name");
        }
        if (!partner.targetType().isAssignableFrom(owner.type())) {
            throw MappingException.at(type, r.name(), "backPopulates = \"" + name + "\" names "
                    + target.type().getSimpleName() + "." + name + ", which refers to " + partner.targetType().getSimpleName()
                    + ", not " + type.getSimpleName(), "Point backPopulates at the field of " + target.type().getSimpleName()
                    + " that refers back to " + type.getSimpleName() + ", e.g. " + example);
        }
        String back = partner.declaration().backPopulates();
        if (!back.isEmpty() && !back.equals(r.name())) {
            throw MappingException.at(type, r.name(), "backPopulates = \"" + name + "\", but "
                    + target.type().getSimpleName() + "." + name + " says backPopulates = \"" + back + "\"",
                    "Make the two sides name each other");
        }
        return partner;
    }

    private static List<OrderByItem> orderBy(EntityMapping<?> target, RelationshipAttribute r) {
        String text = r.declaration().orderBy().trim();
        if (text.isEmpty()) {
            return List.of();
        }
        List<OrderByItem> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            boolean desc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            boolean asc = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("asc");
            if (words.length > 2 || words.length == 2 && !desc && !asc) {
                throw MappingException.at(r.owner(), r.name(), "orderBy \"" + part.trim() + "\" is not \"name [asc|desc]\"",
                        "Write orderBy = \"createdAt desc, id\"");
            }
            Column<?> column = null;
            ColumnAttribute a = target.findColumnAttribute(words[0]);
            if (a != null) {
                column = a.column();
            } else {
                for (Table t : target.tables()) {
                    if (t.findColumn(words[0]) != null) {
                        column = t.findColumn(words[0]);
                    }
                }
            }
            if (column == null) {
                throw MappingException.at(r.owner(), r.name(), "orderBy names " + words[0] + ", which is neither a field nor a column of "
                        + target.type().getSimpleName(), "Use one of " + target.columnAttributes().stream().map(ColumnAttribute::name).toList());
            }
            out.add(desc ? column.desc() : column.asc());
        }
        return out;
    }
}
