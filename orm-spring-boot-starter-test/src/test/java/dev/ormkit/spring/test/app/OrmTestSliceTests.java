package dev.ormkit.spring.test.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import dev.ormkit.exc.NPlusOneException;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.test.OrmTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@OrmTest(properties = "spring.datasource.url=jdbc:postgresql://nowhere.invalid/replaced")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrmTestSliceTests {
    @Autowired Session session;
    @Autowired SessionFactory sessionFactory;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    @Test
    @Order(1)
    void writesInsideTheTestsTransaction() {
        session.add(new Owner("alice").addPet(new Pet("rex")));
        session.flush();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM owners", Integer.class)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void eachTestIsRolledBack() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM owners", Integer.class)).isZero();
        assertThat(session.query(Owner.class).count()).isZero();
    }

    @Test
    @Order(3)
    void nPlusOneRaisesByDefault() {
        assertThat(sessionFactory.nPlusOneMode()).isEqualTo(NPlusOneMode.RAISE);
        for (String name : new String[] {"a", "b", "c"}) {
            session.add(new Owner(name).addPet(new Pet(name + "-pet")));
        }
        session.flush();
        session.expungeAll();
        assertThatThrownBy(() -> {
            for (Owner o : session.query(Owner.class).all()) {
                o.getPets().size();
            }
        }).isInstanceOf(NPlusOneException.class).hasMessageContaining("Owner.pets");
    }

    @Test
    @Order(4)
    void onlyTheDataSliceIsThere() throws Exception {
        // the test database replaced the (unreachable) configured one
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
        }
        assertThat(context.getBeanNamesForType(PetClinicService.class)).isEmpty();
    }
}
