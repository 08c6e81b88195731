// Builds the precompiled header that every test reuses; it runs nothing.
int main()
{
    return 0;
}
