package dev.ormkit.spring.test.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.test.OrmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrmTest(nPlusOne = NPlusOneMode.WARN)
class OrmTestNPlusOneOverrideTests {
    @Autowired SessionFactory sessionFactory;

    @Test
    void theSliceAttributeChangesTheMode() {
        assertThat(sessionFactory.nPlusOneMode()).isEqualTo(NPlusOneMode.WARN);
    }
}
