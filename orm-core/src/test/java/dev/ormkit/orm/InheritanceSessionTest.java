package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.model.BankTransfer;
import dev.ormkit.model.CardPayment;
import dev.ormkit.model.Employee;
import dev.ormkit.model.Engineer;
import dev.ormkit.model.Manager;
import dev.ormkit.model.Payment;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Single-table and joined-table hierarchies written, queried, loaded polymorphically, updated and deleted. */
class InheritanceSessionTest {

    private static SessionFactory factory(Engine engine) {
        MetaData metadata = MetaData.of(Employee.class, Manager.class, Engineer.class,
                Payment.class, CardPayment.class, BankTransfer.class);
        metadata.createAll(engine);
        return SessionFactory.builder(engine).metadata(metadata).build();
    }

    private static List<String> rows(Engine engine, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection conn = engine.connect()) {
            for (Row row : conn.execute(text(sql))) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    sb.append(i == 0 ? "" : "|").append(row.get(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    // --- single table ------------------------------------------------------------------------

    @AllDatabases
    void singleTableRowsCarryTheDiscriminatorAndLoadAsTheirSubclass(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        long bossId;
        long devId;
        try (Session session = sessions.open()) {
            Employee plain = new Employee("pat");
            Manager boss = new Manager("ann", "platform");
            Engineer dev = new Engineer("bob", "java");
            session.addAll(List.of(plain, boss, dev));
            session.commit();
            bossId = boss.id;
            devId = dev.id;
        }
        assertThat(rows(engine, "SELECT name, type, managed_team, language FROM employees ORDER BY id"))
                .containsExactly("pat|employee|null|null", "ann|manager|platform|null", "bob|engineer|null|java");

        try (Session session = sessions.open()) {
            List<Manager> managers = session.query(Manager.class).all();
            assertThat(managers).hasSize(1);
            assertThat(managers.get(0).name).isEqualTo("ann");
            assertThat(managers.get(0).managedTeam).isEqualTo("platform");
            assertThat(session.query(Engineer.class).count()).isEqualTo(1);
            assertThat(session.query(Manager.class).filterBy("name", "bob").all()).isEmpty();
        }
        try (Session session = sessions.open()) {
            List<Employee> all = session.query(Employee.class).orderBy("id").all();
            assertThat(all).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Employee", "Manager", "Engineer");
            assertThat(((Engineer) all.get(2)).language).isEqualTo("java");
            assertThat(session.get(Employee.class, bossId)).isSameAs(all.get(1));
        }
        try (Session session = sessions.open()) {
            Employee byRoot = session.get(Employee.class, devId);
            assertThat(byRoot).isInstanceOf(Engineer.class);
            assertThat(((Engineer) byRoot).language).isEqualTo("java");
            assertThat(session.get(Manager.class, devId)).isNull(); // an engineer is no manager
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Manager.class, devId)).isNull(); // by SQL, not only through the identity map
            Manager boss = session.get(Manager.class, bossId);
            boss.managedTeam = "storage";
            session.delete(session.get(Employee.class, devId));
            session.commit();
        }
        assertThat(rows(engine, "SELECT name, type, managed_team FROM employees ORDER BY id"))
                .containsExactly("pat|employee|null", "ann|manager|storage");
    }

    // --- joined tables -----------------------------------------------------------------------

    @AllDatabases
    void joinedRowsSpanRootAndSubclassTables(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        long cardId;
        long transferId;
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
            session.add(new Payment(new BigDecimal("1.00")));
            CardPayment card = new CardPayment(new BigDecimal("20.50"), "4242");
            BankTransfer transfer = new BankTransfer(new BigDecimal("300.00"), "DE89370400440532013000");
            session.addAll(List.of(card, transfer));
            session.commit();
            counter.close();
            cardId = card.id;
            transferId = transfer.id;
            List<String> inserts = counter.statements().stream().filter(s -> s.startsWith("INSERT")).toList();
            assertThat(inserts.get(0)).contains("payments");  // the root row first: the subclass row refers to it
        }
        assertThat(rows(engine, "SELECT id, kind FROM payments ORDER BY id"))
                .containsExactly(rows(engine, "SELECT id FROM payments ORDER BY id").get(0) + "|payment",
                        cardId + "|card", transferId + "|transfer");
        assertThat(rows(engine, "SELECT id, last4 FROM card_payments")).containsExactly(cardId + "|4242");
        assertThat(rows(engine, "SELECT id, iban FROM bank_transfers")).containsExactly(transferId + "|DE89370400440532013000");

        try (Session session = sessions.open()) {
            List<CardPayment> cards = session.query(CardPayment.class).all();
            assertThat(cards).hasSize(1);
            assertThat(cards.get(0).last4).isEqualTo("4242");
            assertThat(cards.get(0).amount).isEqualByComparingTo("20.50");
            assertThat(session.query(BankTransfer.class).count()).isEqualTo(1);
        }
        try (Session session = sessions.open()) {
            List<Payment> all = session.query(Payment.class).orderBy("id").all();
            assertThat(all).extracting(p -> p.getClass().getSimpleName())
                    .containsExactly("Payment", "CardPayment", "BankTransfer");
            // the subclass tables' columns are loaded too, not left null
            assertThat(((CardPayment) all.get(1)).last4).isEqualTo("4242");
            assertThat(((BankTransfer) all.get(2)).iban).isEqualTo("DE89370400440532013000");
            assertThat(session.inspect(all.get(1)).modifiedAttributes()).isEmpty();
        }
        try (Session session = sessions.open()) {
            Payment byRoot = session.get(Payment.class, transferId);
            assertThat(byRoot).isInstanceOf(BankTransfer.class);
            assertThat(((BankTransfer) byRoot).iban).isEqualTo("DE89370400440532013000");
            assertThat(session.get(CardPayment.class, transferId)).isNull();
        }
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
            CardPayment card = session.get(CardPayment.class, cardId);
            card.last4 = "1111";
            card.amount = new BigDecimal("21.00");
            session.delete(session.get(Payment.class, transferId));
            session.commit();
            counter.close();
            List<String> deletes = counter.statements().stream().filter(s -> s.startsWith("DELETE")).toList();
            assertThat(deletes).hasSize(2);
            assertThat(deletes.get(0)).contains("bank_transfers"); // the subclass row first
            assertThat(deletes.get(1)).contains("payments");
        }
        assertThat(rows(engine, "SELECT id, last4 FROM card_payments")).containsExactly(cardId + "|1111");
        assertThat(rows(engine, "SELECT count(*) FROM bank_transfers")).containsExactly("0");
        assertThat(rows(engine, "SELECT count(*) FROM payments")).containsExactly("2");
        try (Session session = sessions.open()) {
            assertThat(session.get(CardPayment.class, cardId).amount).isEqualByComparingTo("21.00");
        }
    }
}
