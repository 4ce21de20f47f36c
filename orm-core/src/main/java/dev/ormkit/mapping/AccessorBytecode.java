package dev.ormkit.mapping;

import java.lang.reflect.Field;
import java.util.List;
import dev.ormkit.schema.Types;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes the class file of a generated accessor ({@link AccessorClasses}) with ByteBuddy's copy
 * of ASM. ByteBuddy's own builder would load a few hundred classes at the first mapping; the
 * writer alone loads a handful, and the bodies are a {@code tableswitch} over field numbers that
 * the builder has no word for anyway.
 *
 * <pre>
 * final class Host$$OrmkitAccessor extends AccessorClasses.Accessor {
 *     Object get(Object e, int f)          { switch (f) { case 0: return Long.valueOf(((Host) e).id); ... } }
 *     void set(Object e, int f, Object v)  { switch (f) { case 0: ((Host) e).id = Accessor.toLong(v); return; ... } }
 *     Object newInstance()                 { return new Host(); }
 * }
 * </pre>
 */
final class AccessorBytecode {
    private static final String ACCESSOR = Type.getInternalName(AccessorClasses.Accessor.class);
    private static final String OBJECT = "java/lang/Object";

    private AccessorBytecode() {
    }

    /** The class file of the accessor of {@code host}'s {@code fields} (numbered in list order). */
    static byte[] write(Class<?> host, List<Field> fields, boolean instantiates) {
        String hostName = Type.getInternalName(host);
        // the frames only ever hold the declared parameter types, so no class needs loading to merge them
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return OBJECT;
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
                hostName + "$$OrmkitAccessor", null, ACCESSOR, null);
        constructor(cw);
        getter(cw, hostName, fields);
        setter(cw, hostName, fields);
        if (instantiates) {
            instantiator(cw, hostName);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, ACCESSOR, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code get(Object entity, int field)}: locals 1 and 2. */
    private static void getter(ClassWriter cw, String hostName, List<Field> fields) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;", null, null);
        mv.visitCode();
        Label[] cases = switchOn(mv, 2, fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitTypeInsn(Opcodes.CHECKCAST, hostName);
            mv.visitFieldInsn(Opcodes.GETFIELD, hostName, f.getName(), Type.getDescriptor(f.getType()));
            if (f.getType().isPrimitive()) {
                Type wrapper = Type.getType(Types.boxed(f.getType()));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                        Type.getMethodDescriptor(wrapper, Type.getType(f.getType())), false);
            }
            mv.visitInsn(Opcodes.ARETURN);
        }
        noSuchField(mv, cases, 2);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code set(Object entity, int field, Object value)}: locals 1, 2 and 3. */
    private static void setter(ClassWriter cw, String hostName, List<Field> fields) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "set", "(Ljava/lang/Object;ILjava/lang/Object;)V", null, null);
        mv.visitCode();
        Label[] cases = switchOn(mv, 2, fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Class<?> type = f.getType();
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitTypeInsn(Opcodes.CHECKCAST, hostName);
            if (type.isPrimitive()) {
                mv.visitVarInsn(Opcodes.ALOAD, 3);
                String conversion = "to" + Character.toUpperCase(type.getName().charAt(0)) + type.getName().substring(1);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, ACCESSOR, conversion,
                        Type.getMethodDescriptor(Type.getType(type), Type.getType(Object.class)), false);
            } else if (type == Object.class) {
                mv.visitVarInsn(Opcodes.ALOAD, 3);
            } else {
                // Class.cast, as a method handle casts: its message names both classes the same way
                mv.visitLdcInsn(Type.getType(type));
                mv.visitVarInsn(Opcodes.ALOAD, 3);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "cast", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
            }
            mv.visitFieldInsn(Opcodes.PUTFIELD, hostName, f.getName(), Type.getDescriptor(type));
            mv.visitInsn(Opcodes.RETURN);
        }
        noSuchField(mv, cases, 2);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void instantiator(ClassWriter cw, String hostName) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "newInstance", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, hostName);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, hostName, "<init>", "()V", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A {@code tableswitch} on the int in {@code local}; the last label is the default. */
    private static Label[] switchOn(MethodVisitor mv, int local, int count) {
        Label[] labels = new Label[count + 1];
        for (int i = 0; i <= count; i++) {
            labels[i] = new Label();
        }
        if (count > 0) {
            Label[] cases = new Label[count];
            System.arraycopy(labels, 0, cases, 0, count);
            mv.visitVarInsn(Opcodes.ILOAD, local);
            mv.visitTableSwitchInsn(0, count - 1, labels[count], cases);
        }
        return labels;
    }

    private static void noSuchField(MethodVisitor mv, Label[] labels, int local) {
        mv.visitLabel(labels[labels.length - 1]);
        mv.visitVarInsn(Opcodes.ILOAD, local);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, ACCESSOR, "noSuchField", "(I)Ljava/lang/IllegalArgumentException;", false);
        mv.visitInsn(Opcodes.ATHROW);
    }
}
