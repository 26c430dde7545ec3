using System;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// Lets an object piped into -ProductId or -AttributeId stand for its id: a product or attribute gives its
    /// <c>id</c>, a variation or term its parent's (<paramref name="childTypeName"/> objects give
    /// <paramref name="parentProperty"/>). Numbers and text pass through to PowerShell's own conversion.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class IdOfParentTransformation : ArgumentTransformationAttribute
    {
        private readonly string _childTypeName;
        private readonly string _parentProperty;

        public IdOfParentTransformation(string childTypeName, string parentProperty)
        {
            _childTypeName = childTypeName;
            _parentProperty = parentProperty;
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            if (!(inputData is PSObject item) || item.BaseObject is IConvertible)
            {
                return inputData;
            }

            string property = item.TypeNames.Contains(_childTypeName) ? _parentProperty : "id";
            return item.Properties[property]?.Value ?? inputData;
        }
    }
}
