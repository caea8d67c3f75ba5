package org.unionflow.platform.engine;

import org.apache.ibatis.reflection.DefaultReflectorFactory;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Property access to MyBatis' statement objects for the statement rewrites. {@link SystemMetaObject#forObject}
 * builds a new reflector cache on every call, which re-reflects the handler's classes for every statement the
 * engine prepares; one shared cache reflects each class once.
 */
final class StatementMeta {

  private static final ReflectorFactory REFLECTORS = new DefaultReflectorFactory();

  private StatementMeta() {
  }

  static MetaObject of(Object object) {
    return MetaObject.forObject(object, SystemMetaObject.DEFAULT_OBJECT_FACTORY,
        SystemMetaObject.DEFAULT_OBJECT_WRAPPER_FACTORY, REFLECTORS);
  }
}
