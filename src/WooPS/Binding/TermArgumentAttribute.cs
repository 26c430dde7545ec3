using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace WooPS.Binding
{
    /// <summary>
    /// Lets -Category and -Tag take the object itself as well as an id, slug or name: an object of the right kind
    /// stands for its id, one of another kind is refused (a tag is no category). Text and numbers pass through.
    /// Filters take one; writes take several.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class TermArgumentAttribute : ArgumentTransformationAttribute
    {
        private readonly string _typeName;

        public TermArgumentAttribute(string typeName)
        {
            _typeName = typeName;
        }

        /// <summary>The type name of the terms it takes (WooPS.ProductCategory).</summary>
        public string TypeName => _typeName;

        /// <summary>The parameter takes several (a product's categories when writing), each an id, slug, name or object.</summary>
        public bool Many { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject outer ? outer.BaseObject : inputData;
            if (value is System.Collections.IList list)
            {
                if (Many)
                {
                    return list.Cast<object?>().Select(item => Transform(engineIntrinsics, item)).ToArray();
                }

                if (list.Count != 1)
                {
                    throw new ArgumentTransformationMetadataException($"This parameter takes one {_typeName}; WooCommerce filters by one. Pipe them in instead: each lists its products.");
                }

                return Transform(engineIntrinsics, list[0]);
            }

            if (!(inputData is PSObject wrapped) || wrapped.BaseObject is IConvertible)
            {
                return inputData;
            }

            PipedObject given = PipedObject.Read(wrapped);
            if (given.WooType == _typeName && given.Id is long id)
            {
                return id.ToString(CultureInfo.InvariantCulture);
            }

            throw new ArgumentTransformationMetadataException($"This parameter takes a {_typeName}, or an id, slug or name; {given.Description} is none of them.");
        }
    }
}
