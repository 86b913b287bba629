# Empty dependencies file for cst_torch.
# This may be replaced when dependencies are built.
