package dev.ormkit.mapping.elsewhere;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/**
 * A mapped class the tests load again through a class loader of their own, whose unnamed module
 * is not ormkit's: no hidden nestmate can be defined for it, so its fields take the method handles.
 */
@Table("isolated")
public class Isolated {
    @Column(primaryKey = true) private Long id;
    @Column(length = 20) private String name;
    @Column private int count;

    private Isolated() {
    }
}
