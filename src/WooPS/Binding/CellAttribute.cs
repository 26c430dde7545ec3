using System;
using System.Management.Automation;

namespace WooPS.Binding
{
    /// <summary>
    /// Reads what a write cmdlet's parameter is given (a CSV cell, a typed value, an object's property). An empty
    /// cell means "leave it as it is" and becomes null. A value that cannot be read is not PowerShell's binding
    /// error, which for a piped row names no row and skips it unseen: the parameter is left null, and the cmdlet
    /// fails the row with <see cref="ProblemWith"/>'s reason (a value given on the command line is noted in
    /// <see cref="CellRefusals"/> for the cmdlet to claim).
    /// </summary>
    internal abstract class CellAttribute : ArgumentTransformationAttribute
    {
        /// <summary>What the value is, in messages: the WooCommerce field ("stock_quantity"), or "id".</summary>
        public abstract string Field { get; }

        public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return ReadGiven(inputData);
            }
            catch (FormatException refused)
            {
                CellRefusals.Add(Field, refused.Message.TrimEnd('.'));
                return null;
            }
        }

        /// <summary>Why a value given for the parameter cannot be read, or null when it can (or is empty).</summary>
        public string? ProblemWith(object? inputData)
        {
            try
            {
                ReadGiven(inputData);
                return null;
            }
            catch (FormatException refused)
            {
                return refused.Message.TrimEnd('.');
            }
        }

        /// <summary>The value read; a <see cref="FormatException"/> says why it cannot be.</summary>
        protected abstract object? Read(object value);

        private object? ReadGiven(object? inputData)
        {
            // An object made in PowerShell ([pscustomobject], a WooPS item) is its wrapper: the wrapper holds its properties.
            object? value = inputData is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : inputData;
            return value == null || (value is string text && text.Trim().Length == 0) ? null : Read(value);
        }
    }
}
