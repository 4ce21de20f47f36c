package dev.ormkit.schema;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

class ForeignKeyCycleTest {

    /** Departments have a manager; employees belong to a department: each table refers to the other. */
    private static MetaData departmentsAndEmployees() {
        MetaData md = new MetaData();
        md.table("departments",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)).notNull(),
                Column.of("manager_id", Types.INTEGER).foreignKey("employees.id"));
        md.table("employees",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)).notNull(),
                Column.of("department_id", Types.INTEGER).foreignKey("departments.id"),
                Column.of("mentor_id", Types.INTEGER).foreignKey("employees.id"));
        md.table("badges",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("employee_id", Types.INTEGER).foreignKey("employees.id"));
        return md;
    }

    @AllDatabases
    void aTwoTableCycleIsCreatedWithBothKeysAndDroppedAgain(TestDatabase db) {
        MetaData md = departmentsAndEmployees();
        Engine engine = db.engine();
        md.createAll(engine);

        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.foreignKeys("departments")).extracting(ReflectedForeignKey::referredTable)
                .containsExactly("employees");
        assertThat(inspector.foreignKeys("employees")).extracting(ReflectedForeignKey::referredTable)
                .containsExactlyInAnyOrder("departments", "employees");

        Table departments = md.getTable("departments");
        Table employees = md.getTable("employees");
        try (Connection conn = engine.connect()) {
            // rows that refer to each other, as the cycle allows
            conn.execute(insert(departments).values(Map.of("id", 1, "name", "R&D")));
            conn.execute(insert(employees).values(Map.of("id", 10, "name", "Ada", "department_id", 1)));
            conn.execute(update(departments).values(Map.of("manager_id", 10)).where(departments.c("id").eq(1)));
            conn.execute(insert(md.getTable("badges")).values(Map.of("id", 100, "employee_id", 10)));
            conn.commit();
        }

        md.dropAll(engine);
        assertThat(Inspector.of(engine).tableNames()).isEmpty();
        md.createAll(engine); // and once more from nothing
        assertThat(Inspector.of(engine).tableNames()).hasSize(3);
    }

    @AllDatabases
    void theCycleKeysAreEnforced(TestDatabase db) {
        MetaData md = departmentsAndEmployees();
        Engine engine = db.engine();
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            Table departments = md.getTable("departments");
            conn.execute(insert(departments).values(Map.of("id", 1, "name", "R&D", "manager_id", 999)));
            conn.commit();
        } catch (dev.ormkit.exc.IntegrityException expected) {
            return;
        }
        throw new AssertionError("a department with a missing manager was accepted on " + db);
    }

    @org.junit.jupiter.api.Test
    void sortedTablesPutsParentsFirstWhateverTheDefinitionOrder() {
        BlogSchema blog = new BlogSchema();
        List<String> order = blog.metadata.sortedTables().stream().map(Table::name).toList();
        assertThat(order).containsExactly("tags", "users", "posts", "post_tags", "comments");
        assertThat(order.indexOf("users")).isLessThan(order.indexOf("posts"));
        assertThat(order.indexOf("posts")).isLessThan(order.indexOf("comments"));
    }

    @org.junit.jupiter.api.Test
    void onlyTheKeysInsideACycleAreDeferred() {
        MetaData md = departmentsAndEmployees();
        TableSorter sorter = TableSorter.sort(md.tables());
        assertThat(sorter.sorted()).extracting(Table::name).containsExactly("departments", "employees", "badges");
        assertThat(sorter.cycleKeys(md.getTable("departments"))).extracting(ForeignKeyConstraint::referredTable)
                .containsExactly("employees");
        // the self-reference and the key from outside the cycle need no ALTER
        assertThat(sorter.cycleKeys(md.getTable("employees"))).extracting(ForeignKeyConstraint::referredTable)
                .containsExactly("departments");
        assertThat(sorter.cycleKeys(md.getTable("badges"))).isEmpty();
    }
}
