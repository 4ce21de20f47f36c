package dev.ormkit.bench.startup.jdbc;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The request the benchmark waits for: one query through JdbcTemplate, as JSON. */
@RestController
class ProductController {
    private final JdbcTemplate jdbc;

    ProductController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ProductView(Long id, String name, BigDecimal price) {
    }

    @GetMapping("/products")
    List<ProductView> products() {
        return jdbc.query("SELECT id, name, price FROM products",
                (rs, i) -> new ProductView(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)));
    }
}
