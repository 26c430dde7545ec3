using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using WooPS.Core.Diagnostics;
using WooPS.Core.Resources;

namespace WooPS.Output
{
    /// <summary>
    /// Lets PowerShell's completion see the fields of WooPS's objects: <c>Get-WooProduct | Select-Object st&lt;Tab&gt;</c>.
    /// Completion reads a cmdlet's [OutputType] (a type name such as WooPS.Product) and lists the members of the .NET
    /// type of that name. So, once per process, a type of each name is made in memory with a public field per field
    /// the resource's descriptor knows. No object is ever of these types: WooPS's objects stay PSObjects whose
    /// properties are what the store sent. (Type data would also reach completion, but its members join every object
    /// of the type name, and a missing field would then bind as null to a parameter taking it from the pipeline.)
    /// </summary>
    internal static class OutputTypes
    {
        private static readonly Lazy<Assembly> Made = new Lazy<Assembly>(Make);

        /// <summary>
        /// Makes the types the first time a WooPS command runs or completes in this process (a module imported again
        /// finds them made). Not at import: reading the descriptors loads the core and emits types, which would add
        /// tens of ms to every Import-Module, also of jobs that never press Tab; a session starts with
        /// Connect-WooStore, which makes them (before it sends anything, so never racing a Tab) for what follows.
        /// </summary>
        public static void Define() => _ = Made.Value;

        /// <summary>Each output type name with its members: the resources' fields, and the key test's properties.</summary>
        internal static IEnumerable<(string TypeName, IEnumerable<(string Name, Type Type)> Members)> Shapes() =>
            WooResource.All
                .Select(resource => (resource.TypeName, resource.Fields.Names.Select(name => (name, typeof(object)))))
                .Append(("WooPS.KeyTestResult", typeof(KeyTestResult).GetProperties().Select(property => (property.Name, property.PropertyType))));

        private static Assembly Make()
        {
            AssemblyBuilder assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("WooPS.OutputTypes"), AssemblyBuilderAccess.Run);
            ModuleBuilder module = assembly.DefineDynamicModule("WooPS.OutputTypes");
            foreach (var shape in Shapes().GroupBy(shape => shape.TypeName).Select(same => same.First()))
            {
                TypeBuilder type = module.DefineType(shape.TypeName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
                foreach ((string name, Type fieldType) in shape.Members)
                {
                    type.DefineField(name, fieldType, FieldAttributes.Public);
                }

                type.CreateTypeInfo();
            }

            return assembly;
        }
    }
}
