package dev.ormkit.orm;

import dev.ormkit.event.Origin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.CascadeType;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;

/**
 * What a merge of a graph reads before it copies: the rows of all its objects, and the
 * collections it is about to replace, a few statements per mapping and relationship rather
 * than one per object (a chain of two thousand merges in a handful of statements).
 */
final class MergeLoads {
    private static final int KEYS_PER_STATEMENT = 500;

    private MergeLoads() {
    }

    /** Loads the rows of {@code graph}'s objects that the session does not hold yet (single-column keys). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void rows(SessionImpl session, List<Object> graph) {
        Map<EntityMapping<?>, List<Object>> missing = new LinkedHashMap<>();
        for (Object entity : graph) {
            if (session.objects.stateOf(entity) != null || Cascades.isUnloadedProxy(entity)) {
                continue;
            }
            EntityMapping<?> mapping = EntityMapping.of(entity.getClass());
            EntityKey key = mapping.identityKey(entity);
            if (key == null || mapping.primaryKey().size() != 1) {
                continue;
            }
            InstanceState held = session.objects.get(key);
            if (held == null || held.isExpired()) {
                missing.computeIfAbsent(mapping, m -> new ArrayList<>()).add(key.values()[0]);
            }
        }
        for (Map.Entry<EntityMapping<?>, List<Object>> e : missing.entrySet()) {
            EntityMapping<?> mapping = e.getKey();
            ColumnAttribute pk = mapping.primaryKey().get(0);
            List<Object> keys = e.getValue();
            for (int i = 0; i < keys.size(); i += KEYS_PER_STATEMENT) {
                List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + KEYS_PER_STATEMENT));
                Expression<Boolean> where = ((Expression) pk.column()).in((Collection) chunk);
                ResultLoader.run(session, Sql.select(mapping.clause()).where(where), LoadPlan.defaults(mapping), null,
                        Origin.GET);
            }
        }
    }

    /** Loads, per relationship, the unloaded collections of the managed copies that the merge replaces. */
    static void collections(SessionImpl session, List<Object> sources, IdentityHashMap<Object, Object> merged) {
        Map<RelationshipAttribute, List<InstanceState>> unloaded = new LinkedHashMap<>();
        for (Object entity : sources) {
            InstanceState source = StateRegistry.get(entity);
            InstanceState target = session.objects.stateOf(merged.get(entity));
            if (target == null || !target.isPersistent()) {
                continue;
            }
            for (RelationshipAttribute r : target.relationships()) {
                if (r.isCollection() && r.cascades(CascadeType.MERGE) && !target.isLoaded(r.name())
                        && (source == null || source.isLoaded(r.name())) && r.get(entity) != null) {
                    unloaded.computeIfAbsent(r, k -> new ArrayList<>()).add(target);
                }
            }
        }
        for (Map.Entry<RelationshipAttribute, List<InstanceState>> e : unloaded.entrySet()) {
            List<InstanceState> owners = e.getValue();
            LoadPlan plan = LoadPlan.defaults(owners.get(0).mapping()).child(e.getKey());
            for (int i = 0; i < owners.size(); i += KEYS_PER_STATEMENT) {
                SelectInLoader.load(session, e.getKey(), owners.subList(i, Math.min(owners.size(), i + KEYS_PER_STATEMENT)), plan,
                        null, Origin.LAZY_LOAD);
            }
        }
    }
}
